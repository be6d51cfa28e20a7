#include "casestore.h"
#include "casevalidator.h"
#include "fixtures.h"
#include "samplebank.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;

class TestSampleBank : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCaseIsValidAndComplete();
    void coversTheSeedExamples_data();
    void coversTheSeedExamples();
    void installsOnlyIntoANewReplica();
};

void TestSampleBank::everyCaseIsValidAndComplete()
{
    auto cases = SampleBank::load();
    QVERIFY(cases.ok());
    QVERIFY2(cases->size() >= 15, qPrintable(QString::number(cases->size())));
    const CaseValidator validator(Test::vocabularies(), Test::referenceData());
    QSet<QString> ids;
    QSet<QString> regions;
    for (const CaseRecord &c : *cases) {
        const QList<Error> errors = validator.validate(c);
        QVERIFY2(errors.isEmpty(),
                 qPrintable(c.title + u": "_s + errors.value(0).path + u' ' + errors.value(0).detail));
        QVERIFY(!ids.contains(c.id));
        ids.insert(c.id);
        QVERIFY2(!c.summary.isEmpty() && !c.policyAreas.isEmpty() && !c.status.isEmpty() && c.evidenceLevel,
                 qPrintable(c.title));
        // Filled across the structured fields and every section.
        for (const VocabularyEntry &s : Test::vocabularies().vocabulary(Vocabularies::Section).entries()) {
            QVERIFY2(!c.section(s.key).trimmed().isEmpty(), qPrintable(c.title + u": "_s + s.key));
        }
        QVERIFY2(!c.contacts.isEmpty(), qPrintable(c.title));
        regions.unite(QSet<QString>(c.regions.begin(), c.regions.end()));
    }
    QVERIFY2(regions.size() >= 8, "the sample bank should spread over Sweden");
}

void TestSampleBank::coversTheSeedExamples_data()
{
    QTest::addColumn<QString>("word");
    for (const char *w : {"Gnesta",
                          "LOFT",
                          "Äldreomsorgslyftet",
                          "Finsam",
                          "samordningsförbund",
                          "polis",
                          "skyddsutrustning",
                          "Ukraina",
                          "Migrationsverket"}) {
        QTest::addRow("%s", w) << QString::fromUtf8(w);
    }
}

void TestSampleBank::coversTheSeedExamples()
{
    QFETCH(QString, word);
    auto cases = SampleBank::load();
    QVERIFY(cases.ok());
    const bool found = std::any_of(cases->begin(), cases->end(), [&](const CaseRecord &c) {
        return QString::fromUtf8(c.toCanonicalJson()).contains(word, Qt::CaseInsensitive);
    });
    QVERIFY(found);
}

void TestSampleBank::installsOnlyIntoANewReplica()
{
    QTemporaryDir dir;
    auto store = CaseStore::open(dir.filePath(u"r.sqlite"_s), Test::vocabularies(), Test::referenceData());
    QVERIFY(store.ok());
    QCOMPARE(SampleBank::installIfNew(**store).value(), true);
    const qint64 n = (*store)->count().value();
    QCOMPARE(n, SampleBank::load()->size());
    QCOMPARE((*store)->meta(u"bank_source"_s).value(), u"sample"_s);
    // A second open does not install again, even after the user deleted every case.
    QCOMPARE(SampleBank::installIfNew(**store).value(), false);
    const QList<CaseRecord> cases = SampleBank::load().value();
    for (const CaseRecord &c : cases) {
        QVERIFY((*store)->remove(c.id).ok());
    }
    QCOMPARE(SampleBank::installIfNew(**store).value(), false);
    QCOMPARE((*store)->count().value(), 0);
}

QTEST_GUILESS_MAIN(TestSampleBank)
#include "tst_samplebank.moc"
