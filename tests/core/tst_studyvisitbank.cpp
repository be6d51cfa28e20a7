#include "fixtures.h"
#include "studyvisitbank.h"

#include <QTest>

using namespace Fb;

class TestStudyVisitBank : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyOpenCasesHaveEntries();
    void contactCard_data();
    void contactCard();
    void sortsByDistanceFromHome();
    void withoutHomeSortsByTitle();
    void filters_data();
    void filters();
    void mailtoEncodesEverything();
};

namespace {

StudyVisitEntry entryAt(const QString &id, const QString &title, const QStringList &municipalities)
{
    CaseRecord c = Test::validCase(id);
    c.title = title;
    c.municipalities = municipalities;
    c.regions.clear();
    c.owner = Actor{u"ideburen"_s, u"Förening"_s, {}, u"huvudman"_s, {}};
    c.studyVisit = StudyVisit{true, {u"pa_plats"_s}, 10, u"besok@example.se"_s, {}, {}};
    auto e = StudyVisitBank::entry(c, Test::referenceData());
    if (!e) {
        qFatal("no entry");
    }
    return *e;
}

QStringList ids(const QList<StudyVisitEntry> &entries)
{
    QStringList out;
    for (const StudyVisitEntry &e : entries) {
        out.append(e.id);
    }
    return out;
}

QList<StudyVisitEntry> sample()
{
    QList<StudyVisitEntry> entries{
        entryAt(u"id-kiruna"_s, u"Norrsken"_s, {u"2584"_s}),
        entryAt(u"id-none"_s, u"Aaa utan plats"_s, {}),
        entryAt(u"id-karlskrona"_s, u"Skärgård"_s, {u"1080"_s}),
        entryAt(u"id-stockholm-b"_s, u"Bibliotek"_s, {u"0180"_s}),
        entryAt(u"id-stockholm-a"_s, u"Bibliotek"_s, {u"0180"_s}),
        entryAt(u"id-multi"_s, u"Flera orter"_s, {u"2584"_s, u"1081"_s}),
    };
    entries[0].formats = {u"digitalt"_s};
    entries[0].policyAreas = {u"kultur_fritid"_s};
    entries[2].formats = {u"pa_plats"_s, u"digitalt"_s};
    return entries;
}

} // namespace

void TestStudyVisitBank::onlyOpenCasesHaveEntries()
{
    CaseRecord c = Test::validCase();
    c.studyVisit = StudyVisit{};
    QVERIFY(!StudyVisitBank::entry(c, Test::referenceData()));
    c.studyVisit = StudyVisit{true, {u"digitalt"_s}, 12, u"Anna"_s, u"ring först"_s, {}};
    const auto e = StudyVisitBank::entry(c, Test::referenceData());
    QVERIFY(e);
    QCOMPARE(e->title, c.title);
    QCOMPARE(e->hostOrganisation, u"Ronneby kommun"_s);
    QCOMPARE(e->municipalities, QStringList{u"1081"_s});
    QCOMPARE(e->regions, QStringList{u"10"_s});
    QCOMPARE(e->formats, QStringList{u"digitalt"_s});
    QCOMPARE(e->maxGroup, 12);
    QCOMPARE(e->notes, u"ring först"_s);
}

void TestStudyVisitBank::contactCard_data()
{
    QTest::addColumn<QString>("visitContact");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addRow("an address") << u"studiebesok@ronneby.example.se"_s << QString()
                                << u"studiebesok@ronneby.example.se"_s;
    QTest::addRow("a contact's name") << u"Bo Berg"_s << u"Bo Berg"_s << u"bo@example.se"_s;
    QTest::addRow("empty: first with address") << QString() << u"Anna Ek"_s << u"anna@example.se"_s;
}

void TestStudyVisitBank::contactCard()
{
    QFETCH(QString, visitContact);
    QFETCH(QString, name);
    QFETCH(QString, email);
    CaseRecord c = Test::validCase();
    c.contacts = {Contact{u"Utan adress"_s, {}, {}, {}, u"0457-1"_s, {}},
                  Contact{u"Anna Ek"_s, {}, {}, u"anna@example.se"_s, {}, {}},
                  Contact{u"Bo Berg"_s, {}, {}, u"bo@example.se"_s, u"0457-2"_s, {}}};
    c.studyVisit = StudyVisit{true, {}, 0, visitContact, {}, {}};
    const auto e = StudyVisitBank::entry(c, Test::referenceData());
    QVERIFY(e);
    QCOMPARE(e->contactName, name);
    QCOMPARE(e->contactEmail, email);
}

void TestStudyVisitBank::sortsByDistanceFromHome()
{
    // From Ronneby: Ronneby itself (the multi-place case), Karlskrona, Stockholm (two, by title
    // then id), Kiruna, and the case without a place last although its title sorts first.
    const auto sorted = StudyVisitBank::select(sample(), {}, u"1081"_s, Test::referenceData());
    QCOMPARE(ids(sorted),
             (QStringList{u"id-multi"_s,
                          u"id-karlskrona"_s,
                          u"id-stockholm-a"_s,
                          u"id-stockholm-b"_s,
                          u"id-kiruna"_s,
                          u"id-none"_s}));
    QCOMPARE(sorted.at(0).distanceKm, 0.0);
    QCOMPARE(sorted.at(0).municipality, u"1081"_s);
    QVERIFY(sorted.at(1).distanceKm > 10 && sorted.at(1).distanceKm < 40);
    QVERIFY(sorted.at(2).distanceKm > 300 && sorted.at(2).distanceKm < 450);
    QVERIFY(sorted.at(4).distanceKm > 1200);
    QCOMPARE(sorted.at(5).distanceKm, -1.0);

    // From Kiruna the order turns round; the multi-place case is as near as the Kiruna one.
    const auto north = StudyVisitBank::select(sample(), {}, u"2584"_s, Test::referenceData());
    QCOMPARE(ids(north).mid(0, 2), (QStringList{u"id-multi"_s, u"id-kiruna"_s}));
    QCOMPARE(north.at(0).municipality, u"2584"_s);
}

void TestStudyVisitBank::withoutHomeSortsByTitle()
{
    const auto sorted = StudyVisitBank::select(sample(), {}, QString(), Test::referenceData());
    QCOMPARE(ids(sorted).first(), u"id-none"_s);
    QCOMPARE(ids(sorted).at(1), u"id-stockholm-a"_s);
}

void TestStudyVisitBank::filters_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("policyArea");
    QTest::addColumn<QStringList>("formats");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("all") << QString() << QString() << QStringList()
                         << QStringList{u"id-multi"_s,
                                        u"id-karlskrona"_s,
                                        u"id-stockholm-a"_s,
                                        u"id-stockholm-b"_s,
                                        u"id-kiruna"_s,
                                        u"id-none"_s};
    QTest::addRow("Blekinge") << u"10"_s << QString() << QStringList()
                              << QStringList{u"id-multi"_s, u"id-karlskrona"_s};
    QTest::addRow("Norrbotten") << u"25"_s << QString() << QStringList() << QStringList{u"id-multi"_s, u"id-kiruna"_s};
    QTest::addRow("policy area") << QString() << u"kultur_fritid"_s << QStringList() << QStringList{u"id-kiruna"_s};
    QTest::addRow("digital") << QString() << QString() << QStringList{u"digitalt"_s}
                             << QStringList{u"id-karlskrona"_s, u"id-kiruna"_s};
    QTest::addRow("either format") << u"10"_s << QString() << QStringList{u"digitalt"_s, u"pa_plats"_s}
                                   << QStringList{u"id-multi"_s, u"id-karlskrona"_s};
    QTest::addRow("nothing") << u"10"_s << u"kultur_fritid"_s << QStringList() << QStringList();
}

void TestStudyVisitBank::filters()
{
    QFETCH(QString, region);
    QFETCH(QString, policyArea);
    QFETCH(QStringList, formats);
    QFETCH(QStringList, expected);
    const StudyVisitFilter filter{region, policyArea, formats};
    QCOMPARE(ids(StudyVisitBank::select(sample(), filter, u"1081"_s, Test::referenceData())), expected);
}

void TestStudyVisitBank::mailtoEncodesEverything()
{
    VisitRequest r;
    r.caseId = u"6f1c2a4e-0b7d-4c1e-9a53-2f8e4d6b7c10"_s;
    r.caseTitle = u"Kök & trädgård på Öland"_s;
    r.hostEmail = u"besok@morbylanga.example.se"_s;
    r.proposedDates = u"v. 12 eller 14"_s;
    r.groupSize = 8;
    r.requesterName = u"Åsa Ärlig"_s;
    r.requesterOrganisation = u"Växjö kommun"_s;
    const QByteArray url = r.mailtoUrl().toEncoded();
    QVERIFY2(url.startsWith("mailto:besok@morbylanga.example.se?subject="), url.constData());
    // '&' of the title must not start a new header field.
    QCOMPARE(url.count('&'), 1);
    QVERIFY(url.contains("&body="));
    QVERIFY(url.contains("K%C3%B6k%20%26%20tr%C3%A4dg%C3%A5rd%20p%C3%A5%20%C3%96land"));
    QVERIFY(url.contains("%C3%85sa%20%C3%84rlig"));
    QVERIFY(url.contains("%0D%0A"));
    QVERIFY(!url.contains('\n') && !url.contains(' ') && !url.contains('+'));
    // Decoded, the mail program gets the texts back unchanged.
    const QUrl parsed = QUrl::fromEncoded(url);
    QCOMPARE(parsed.scheme(), u"mailto"_s);
    const QString query = parsed.query(QUrl::FullyEncoded);
    const qsizetype bodyAt = query.indexOf(u"&body="_s);
    QCOMPARE(QUrl::fromPercentEncoding(query.mid(8, bodyAt - 8).toUtf8()), r.subject());
    QString body = r.body();
    body.replace(u'\n', u"\r\n"_s);
    QCOMPARE(QUrl::fromPercentEncoding(query.mid(bodyAt + 6).toUtf8()), body);
    QVERIFY(r.body().contains(u"v. 12 eller 14"_s));
    QVERIFY(r.body().contains(u"Åsa Ärlig"_s));
}

QTEST_GUILESS_MAIN(TestStudyVisitBank)
#include "tst_studyvisitbank.moc"
