#include "fixtures.h"
#include "settingsdialog.h"

#include <QComboBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAndStoresTheLanguage_data();
    void showsAndStoresTheLanguage();
    void cancelChangesNothing();
    void municipality_data();
    void municipality();
};

void TestSettingsDialog::showsAndStoresTheLanguage_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<int>("shownIndex");
    QTest::addColumn<int>("chosenIndex");
    QTest::addColumn<QString>("expected");
    QTest::addRow("system to English") << QString() << 0 << 2 << u"en"_s;
    QTest::addRow("Swedish to system") << u"sv"_s << 1 << 0 << QString();
    QTest::addRow("unknown value shows system") << u"fi"_s << 0 << 1 << u"sv"_s;
}

void TestSettingsDialog::showsAndStoresTheLanguage()
{
    QFETCH(QString, stored);
    QFETCH(int, shownIndex);
    QFETCH(int, chosenIndex);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    if (!stored.isNull()) {
        settings.setValue(QLatin1StringView(SettingsDialog::LanguageKey), stored);
    }
    SettingsDialog dialog(settings);
    auto *combo = dialog.findChild<QComboBox *>(u"language"_s);
    QVERIFY(combo);
    QVERIFY(!dialog.findChild<QComboBox *>(u"municipality"_s));
    QVERIFY(!combo->accessibleName().isEmpty());
    QCOMPARE(combo->currentIndex(), shownIndex);
    combo->setCurrentIndex(chosenIndex);
    dialog.accept();
    QCOMPARE(settings.value(QLatin1StringView(SettingsDialog::LanguageKey)).toString(), expected);
}

void TestSettingsDialog::cancelChangesNothing()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    settings.setValue(QLatin1StringView(SettingsDialog::LanguageKey), u"sv"_s);
    SettingsDialog dialog(settings);
    dialog.findChild<QComboBox *>()->setCurrentIndex(2);
    dialog.reject();
    QCOMPARE(settings.value(QLatin1StringView(SettingsDialog::LanguageKey)).toString(), u"sv"_s);
}

void TestSettingsDialog::municipality_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("organisation");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("chosen");
    QTest::addRow("default from the login's kommun") << QString() << u"kommun:0461"_s << u"0461"_s << QString();
    QTest::addRow("stored wins") << u"1081"_s << u"kommun:0461"_s << u"1081"_s << u"2584"_s;
    QTest::addRow("a region login gives none") << QString() << u"region:10"_s << QString() << u"0180"_s;
}

void TestSettingsDialog::municipality()
{
    QFETCH(QString, stored);
    QFETCH(QString, organisation);
    QFETCH(QString, shown);
    QFETCH(QString, chosen);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    if (!stored.isNull()) {
        settings.setValue(QLatin1StringView(SettingsDialog::MunicipalityKey), stored);
    }
    QCOMPARE(SettingsDialog::homeMunicipality(settings, organisation), shown);
    SettingsDialog dialog(settings, Test::referenceData(), organisation);
    auto *combo = dialog.findChild<QComboBox *>(u"municipality"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 291);
    QCOMPARE(combo->currentData().toString(), shown);
    QCOMPARE(combo->itemText(1), u"Ale"_s); // by name
    if (!chosen.isEmpty()) {
        combo->setCurrentIndex(combo->findData(chosen));
    }
    dialog.accept();
    QCOMPARE(settings.value(QLatin1StringView(SettingsDialog::MunicipalityKey)).toString(),
             chosen.isEmpty() ? shown : chosen);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
