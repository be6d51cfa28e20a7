#include "casecompleteness.h"
#include "fixtures.h"

#include <QTest>

#include <functional>

using namespace Fb;

using Change = std::function<void(CaseRecord &)>;
Q_DECLARE_METATYPE(Change)

// What review needs a case to hold (docs/case-schema.md, "Completeness").
class TestCaseCompleteness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requiredPaths();
    void eachMissingFieldIsReported_data();
    void eachMissingFieldIsReported();
    void contacts_data();
    void contacts();
    void targetStates_data();
    void targetStates();
    void percent_data();
    void percent();
};

void TestCaseCompleteness::requiredPaths()
{
    QCOMPARE(CaseCompleteness::requiredPaths(),
             (QStringList{u"title"_s,
                          u"summary"_s,
                          u"owner"_s,
                          u"sections.problem"_s,
                          u"sections.solution"_s,
                          u"sections.results"_s,
                          u"sections.pitfalls"_s,
                          u"sections.success_factors"_s,
                          u"contacts"_s}));
    QVERIFY(CaseCompleteness::missing(Test::completeCase(), u"publicerad"_s).isEmpty());
    QCOMPARE(CaseCompleteness::percent(Test::completeCase()), 100);
}

void TestCaseCompleteness::eachMissingFieldIsReported_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("path");
    QTest::addRow("title") << Change([](CaseRecord &c) {
        c.title.clear();
    }) << u"title"_s;
    QTest::addRow("blank summary") << Change([](CaseRecord &c) {
        c.summary = u" \n "_s;
    }) << u"summary"_s;
    QTest::addRow("owner") << Change([](CaseRecord &c) {
        c.owner = {};
    }) << u"owner"_s;
    QTest::addRow("owner by role only") << Change([](CaseRecord &c) {
        c.owner = Actor{{}, {}, {}, u"huvudman"_s, {}};
    }) << u"owner"_s;
    for (const char *section : {"problem", "solution", "results", "pitfalls", "success_factors"}) {
        const QString key = QString::fromLatin1(section);
        QTest::addRow("sections.%s", section) << Change([key](CaseRecord &c) {
            c.sections.remove(key);
        }) << u"sections."_s + key;
        QTest::addRow("blank sections.%s", section) << Change([key](CaseRecord &c) {
            c.sections.insert(key, u"\n\t"_s);
        }) << u"sections."_s + key;
    }
    QTest::addRow("contacts") << Change([](CaseRecord &c) {
        c.contacts.clear();
    }) << u"contacts"_s;
}

void TestCaseCompleteness::eachMissingFieldIsReported()
{
    QFETCH(Change, change);
    QFETCH(QString, path);
    CaseRecord c = Test::completeCase();
    change(c);
    const QList<Error> missing = CaseCompleteness::missing(c, u"inskickad"_s);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first(), (Error{ErrorCode::RequiredForReview, path, {}}));
    QCOMPARE(CaseCompleteness::percent(c), 8 * 100 / 9);
    // A draft needs only its title.
    QCOMPARE(CaseCompleteness::missing(c, u"utkast"_s).size(), path == "title"_L1 ? 1 : 0);
}

void TestCaseCompleteness::contacts_data()
{
    QTest::addColumn<QList<Contact>>("contacts");
    QTest::addColumn<bool>("complete");
    const auto contact = [](QString name, QString role, QString email, QString phone) {
        return Contact{std::move(name), std::move(role), {}, std::move(email), std::move(phone), {}};
    };
    QTest::addRow("name and e-mail") << QList{contact(u"Anna"_s, {}, u"a@x.se"_s, {})} << true;
    QTest::addRow("name and phone") << QList{contact(u"Anna"_s, {}, {}, u"0158-275000"_s)} << true;
    QTest::addRow("functional mailbox") << QList{contact({}, u"Samordnare"_s, u"s@x.se"_s, {})} << true;
    QTest::addRow("name only") << QList{contact(u"Anna"_s, u"Chef"_s, {}, {})} << false;
    QTest::addRow("e-mail only") << QList{contact({}, {}, u"a@x.se"_s, {})} << false;
    QTest::addRow("blank name") << QList{contact(u"  "_s, {}, u"a@x.se"_s, {})} << false;
    QTest::addRow("one of two reachable")
        << QList{contact(u"Anna"_s, {}, {}, {}), contact(u"Bo"_s, {}, u"b@x.se"_s, {})} << true;
    QTest::addRow("none") << QList<Contact>{} << false;
}

void TestCaseCompleteness::contacts()
{
    QFETCH(QList<Contact>, contacts);
    QFETCH(bool, complete);
    CaseRecord c = Test::completeCase();
    c.contacts = contacts;
    const QList<Error> missing = CaseCompleteness::missing(c, u"publicerad"_s);
    QCOMPARE(missing.isEmpty(), complete);
    if (!complete) {
        QCOMPARE(missing.first().path, u"contacts"_s);
    }
}

void TestCaseCompleteness::targetStates_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("needsComplete");
    QTest::addRow("utkast") << u"utkast"_s << false;
    QTest::addRow("inskickad") << u"inskickad"_s << true;
    QTest::addRow("under_granskning") << u"under_granskning"_s << true;
    QTest::addRow("komplettering") << u"komplettering"_s << false;
    QTest::addRow("publicerad") << u"publicerad"_s << true;
    QTest::addRow("behover_uppdateras") << u"behover_uppdateras"_s << false;
    QTest::addRow("arkiverad") << u"arkiverad"_s << false;
}

void TestCaseCompleteness::targetStates()
{
    QFETCH(QString, state);
    QFETCH(bool, needsComplete);
    QCOMPARE(CaseCompleteness::needsComplete(state), needsComplete);
    CaseRecord c = Test::validCase(); // no results, no success factors
    const QList<Error> missing = CaseCompleteness::missing(c, state);
    QCOMPARE(missing.size(), needsComplete ? 2 : 0);
    if (needsComplete) {
        QCOMPARE(missing.at(0).path, u"sections.results"_s);
        QCOMPARE(missing.at(1).path, u"sections.success_factors"_s);
    }
}

void TestCaseCompleteness::percent_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<int>("percent");
    QTest::addRow("complete") << Change([](CaseRecord &) { }) << 100;
    QTest::addRow("empty") << Change([](CaseRecord &c) {
        c = CaseRecord{};
    }) << 0;
    QTest::addRow("title only") << Change([](CaseRecord &c) {
        c = CaseRecord{};
        c.title = u"T"_s;
    }) << 11;
    QTest::addRow("three filled") << Change([](CaseRecord &c) {
        c.summary.clear();
        c.contacts.clear();
        c.sections.clear();
        c.sections.insert(u"problem"_s, u"P"_s);
    }) << 33;
}

void TestCaseCompleteness::percent()
{
    QFETCH(Change, change);
    QFETCH(int, percent);
    CaseRecord c = Test::completeCase();
    change(c);
    QCOMPARE(CaseCompleteness::percent(c), percent);
}

QTEST_GUILESS_MAIN(TestCaseCompleteness)
#include "tst_casecompleteness.moc"
