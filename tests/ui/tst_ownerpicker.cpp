// The owner picker: SCB's municipalities and regions and the server's registered organisations
// in the completion, and a chosen name setting the kind and code itself.

#include "fixtures.h"
#include "ownerpicker.h"

#include <QAbstractItemModelTester>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestOwnerPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void value_data();
    void value();
    void registeredOrganisationsAreOffered();
};

void TestOwnerPicker::value_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("code");
    QTest::newRow("a municipality") << u"Ronneby municipality"_s << u"kommun"_s << u"1081"_s;
    QTest::newRow("its name alone") << u"ronneby"_s << u"kommun"_s << u"1081"_s;
    QTest::newRow("a registered agency") << u"Försäkringskassan"_s << u"myndighet"_s << u"202100-5489"_s;
    QTest::newRow("registered, without a code")
        << u"samordningsförbundet västra sörmland"_s << u"samordningsforbund"_s << QString();
    QTest::newRow("unknown: the kind chosen, no code") << u"Föreningen Grannar"_s << u"kommun"_s << QString();
}

void TestOwnerPicker::value()
{
    QFETCH(QString, typed);
    QFETCH(QString, type);
    QFETCH(QString, code);
    OwnerPicker picker(Test::vocabularies(), Test::referenceData(), Language::English);
    picker.setOrganisations(
        {{u"org:fk"_s, u"myndighet"_s, u"202100-5489"_s, u"Försäkringskassan"_s, {}},
         {u"org:sf"_s, u"samordningsforbund"_s, {}, u"Samordningsförbundet Västra Sörmland"_s, u"04"_s}});
    picker.setValue({{u"type"_s, u"kommun"_s}});
    picker.nameEdit()->setText(typed);
    const QJsonObject owner = picker.value({{u"role"_s, u"huvudman"_s}});
    QCOMPARE(owner.value("name"_L1).toString(), typed);
    QCOMPARE(owner.value("type"_L1).toString(), type);
    QCOMPARE(owner.value("code"_L1).toString(), code);
    QCOMPARE(owner.value("role"_L1).toString(), u"huvudman"_s);
}

void TestOwnerPicker::registeredOrganisationsAreOffered()
{
    OwnerPicker picker(Test::vocabularies(), Test::referenceData(), Language::English);
    QAbstractItemModel *names = picker.nameEdit()->completer()->model();
    QAbstractItemModelTester tester(names);
    const auto offered = [names](const QString &name) {
        return !names->match(names->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly).isEmpty();
    };
    QVERIFY(offered(u"Ronneby municipality"_s));
    QVERIFY(!offered(u"Försäkringskassan"_s));
    picker.setOrganisations({{u"org:fk"_s, u"myndighet"_s, u"202100-5489"_s, u"Försäkringskassan"_s, {}}});
    QVERIFY(offered(u"Försäkringskassan"_s));
    QVERIFY(offered(u"Ronneby municipality"_s)); // SCB's lists stay
    picker.setValue({{u"type"_s, u"myndighet"_s}, {u"name"_s, u"Försäkringskassan"_s}, {u"code"_s, u"202100-5489"_s}});
    const QLabel *code = picker.findChild<QLabel *>();
    QVERIFY(code && code->text().contains(u"202100-5489"_s));
}

QTEST_MAIN(TestOwnerPicker)
#include "tst_ownerpicker.moc"
