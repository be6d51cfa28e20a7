#include "fixtures.h"
#include "querylanguage.h"

#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestQueryLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filters_data();
    void filters();
    void errors_data();
    void errors();
    void filterTextRoundTrips_data();
    void filterTextRoundTrips();
};

Q_DECLARE_METATYPE(Facet)

void TestQueryLanguage::filters_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Facet>("facet");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("policy area by label")
        << u"område:äldreomsorg ensamhet"_s << u"ensamhet"_s << Facet::PolicyArea << QStringList{u"aldreomsorg"_s};
    QTest::newRow("without diacritics") << u"omrade:aldreomsorg"_s << QString() << Facet::PolicyArea
                                        << QStringList{u"aldreomsorg"_s};
    QTest::newRow("county short name") << u"län:Blekinge"_s << QString() << Facet::Region << QStringList{u"10"_s};
    QTest::newRow("county full name, quoted")
        << u"län:\"Västra Götalands län\" trygghet"_s << u"trygghet"_s << Facet::Region << QStringList{u"14"_s};
    QTest::newRow("county by code") << u"lan:25"_s << QString() << Facet::Region << QStringList{u"25"_s};
    QTest::newRow("municipality") << u"kommun:Gnesta"_s << QString() << Facet::Municipality << QStringList{u"0461"_s};
    QTest::newRow("status alias") << u"status:etablerad"_s << QString() << Facet::Status << QStringList{u"i_drift"_s};
    QTest::newRow("status label with space")
        << u"status:\"i drift\""_s << QString() << Facet::Status << QStringList{u"i_drift"_s};
    QTest::newRow("study visits") << u"studiebesök:ja unga"_s << u"unga"_s << Facet::StudyVisit << QStringList{u"ja"_s};
    QTest::newRow("year") << u"år:2021"_s << QString() << Facet::StartYear << QStringList{u"2021"_s};
    QTest::newRow("English field") << u"county:Gotland"_s << QString() << Facet::Region << QStringList{u"09"_s};
    QTest::newRow("open questions") << u"post:fraga fragestatus:öppen ensamhet"_s << u"ensamhet"_s
                                    << Facet::QuestionState << QStringList{u"oppen"_s};
    QTest::newRow("partnership") << u"samverkan:samordningsförbund"_s << QString() << Facet::PartnershipForm
                                 << QStringList{u"samordningsforbund"_s};
    QTest::newRow("two values, one field")
        << u"län:Blekinge län:Gotland"_s << QString() << Facet::Region << QStringList{u"09"_s, u"10"_s};
    QTest::newRow("unique beginning") << u"område:äldreoms"_s << QString() << Facet::PolicyArea
                                      << QStringList{u"aldreomsorg"_s};
    QTest::newRow("phrase and exclusion stay text")
        << u"\"ofrivillig ensamhet\" -hemtjänst kommun:Gnesta"_s << u"\"ofrivillig ensamhet\" -hemtjänst"_s
        << Facet::Municipality << QStringList{u"0461"_s};
    QTest::newRow("colon inside a phrase is text")
        << u"\"kl: 18\""_s << u"\"kl: 18\""_s << Facet::Region << QStringList{};
}

void TestQueryLanguage::filters()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    QFETCH(Facet, facet);
    QFETCH(QStringList, values);
    const QueryLanguage language(Test::vocabularies(), Test::referenceData());
    const auto parsed = language.parse(input);
    QCOMPARE(parsed.errors, QList<Error>());
    QCOMPARE(parsed.text, text);
    QStringList got = parsed.filter.values(facet).values();
    got.sort();
    QCOMPARE(got, values);
}

void TestQueryLanguage::errors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown field") << u"färg:blå"_s << ErrorCode::UnknownQueryField << u"färg"_s;
    QTest::newRow("unknown value") << u"län:Atlantis"_s << ErrorCode::UnknownQueryValue << u"län"_s;
    QTest::newRow("ambiguous value") << u"län:V"_s << ErrorCode::AmbiguousQueryValue << u"län"_s;
    QTest::newRow("bad year") << u"år:21"_s << ErrorCode::UnknownQueryValue << u"år"_s;
}

void TestQueryLanguage::errors()
{
    QFETCH(QString, input);
    QFETCH(ErrorCode, code);
    QFETCH(QString, path);
    const QueryLanguage language(Test::vocabularies(), Test::referenceData());
    const auto parsed = language.parse(input + u" ensamhet"_s);
    QCOMPARE(parsed.errors.size(), 1);
    QCOMPARE(parsed.errors.first().code, code);
    QCOMPARE(parsed.errors.first().path, path);
    // The rest of the query still works; nothing was guessed.
    QCOMPARE(parsed.text, u"ensamhet"_s);
    QVERIFY(parsed.filter.isEmpty());
}

void TestQueryLanguage::filterTextRoundTrips_data()
{
    QTest::addColumn<Facet>("facet");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("county") << Facet::Region << u"10"_s << u"län:Blekinge"_s;
    QTest::newRow("county with space") << Facet::Region << u"14"_s << u"län:\"Västra Götalands\""_s;
    QTest::newRow("municipality") << Facet::Municipality << u"0461"_s << u"kommun:Gnesta"_s;
    QTest::newRow("policy area") << Facet::PolicyArea << u"aldreomsorg"_s << u"område:Äldreomsorg"_s;
    QTest::newRow("visits") << Facet::StudyVisit << u"ja"_s << u"studiebesök:ja"_s;
    // Facets added after the first ten: their chips were written without a field name
    // (":Frågeställning") before each field carried its Swedish name.
    QTest::newRow("record type") << Facet::RecordType << u"fraga"_s << u"post:Frågeställning"_s;
    QTest::newRow("question state") << Facet::QuestionState << u"oppen"_s << u"frågestatus:Öppen"_s;
    QTest::newRow("partnership") << Facet::PartnershipForm << u"samordningsforbund"_s
                                 << u"samverkan:\"Samordningsförbund (Finsam)\""_s;
    QTest::newRow("actor type") << Facet::ActorType << u"region"_s << u"aktör:Region"_s;
    QTest::newRow("freshness") << Facet::Freshness << u"forfallen"_s << u"aktualitet:\"Behöver ses över\""_s;
    QTest::newRow("publication") << Facet::Publication << u"opublicerad"_s << u"publicering:\"Ej publicerade\""_s;
}

void TestQueryLanguage::filterTextRoundTrips()
{
    QFETCH(Facet, facet);
    QFETCH(QString, value);
    QFETCH(QString, text);
    const QueryLanguage language(Test::vocabularies(), Test::referenceData());
    QCOMPARE(language.filterText(facet, value), text);
    const auto parsed = language.parse(text);
    QCOMPARE(parsed.errors, QList<Error>());
    QCOMPARE(parsed.filter.values(facet), QSet<QString>{value});
}

QTEST_APPLESS_MAIN(TestQueryLanguage)
#include "tst_querylanguage.moc"
