#include "casestore.h"
#include "casevalidator.h"
#include "fixtures.h"
#include "organisationid.h"
#include "samplebank.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;

class TestSampleBank : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCaseIsValidAndComplete();
    void questionsAndAdoptions();
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
        if (c.isQuestion()) {
            continue; // questionsAndAdoptions
        }
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

void TestSampleBank::questionsAndAdoptions()
{
    auto records = SampleBank::load();
    QVERIFY(records.ok());
    QHash<QString, const CaseRecord *> cases;
    QList<const CaseRecord *> questions;
    for (const CaseRecord &r : *records) {
        if (r.isQuestion()) {
            questions.append(&r);
        } else {
            cases.insert(r.id, &r);
        }
    }
    // Open ones to answer, answered ones to read; every answer names a case of the bank, given by
    // an organisation that owns it or took it up.
    QVERIFY(questions.size() >= 4);
    int open = 0;
    int answered = 0;
    for (const CaseRecord *q : std::as_const(questions)) {
        open += q->answers.isEmpty() ? 1 : 0;
        answered += q->questionState == "besvarad"_L1 ? 1 : 0;
        QVERIFY2(!q->owner.code.isEmpty() && !q->summary.isEmpty() && !q->policyAreas.isEmpty(), qPrintable(q->title));
        for (const Answer &a : q->answers) {
            QVERIFY2(cases.contains(a.caseId), qPrintable(q->title));
            const CaseRecord *answering = cases.value(a.caseId);
            QStringList knowIt{OrganisationId::ofOwner(answering->owner.type, answering->owner.code)};
            for (const Adoption &adoption : answering->adoptions) {
                knowIt.append(adoption.organisation);
            }
            QVERIFY2(knowIt.contains(a.organisation), qPrintable(q->title + u": "_s + a.organisation));
        }
    }
    QVERIFY(open >= 1);
    QVERIFY(answered >= 1);
    // Äldreomsorgslyftet was taken up across Blekinge's municipalities (the seed).
    const auto lyftet = std::find_if(cases.cbegin(), cases.cend(), [](const CaseRecord *c) {
        return c->title.contains(u"Äldreomsorgslyftet"_s);
    });
    QVERIFY(lyftet != cases.cend());
    QCOMPARE((*lyftet)->adoptions.size(), 5);
    for (const Adoption &a : (*lyftet)->adoptions) {
        const OrganisationId org = OrganisationId::parse(a.organisation);
        QCOMPARE(Test::referenceData().municipality(org.code)->regionCode, u"10"_s);
    }
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
