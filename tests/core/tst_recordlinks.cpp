#include "casestore.h"
#include "fixtures.h"
#include "recordlinks.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

// RecordLinks: what a case or question links to and what links to it, read from a real replica.
class TestRecordLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void questionsAndCasesLinkBothWays();
};

void TestRecordLinks::questionsAndCasesLinkBothWays()
{
    QTemporaryDir dir;
    auto store = CaseStore::open(dir.filePath(u"replica.sqlite"_s), Test::vocabularies(), Test::referenceData());
    QVERIFY(store);
    CaseRecord answering = Test::validCase();
    answering.id = CaseRecord::newId();
    answering.title = u"Mötesplats i Ronneby"_s;
    CaseRecord other = Test::validCase();
    other.id = CaseRecord::newId();
    other.title = u"Ett annat exempel"_s;
    CaseRecord question;
    question.id = CaseRecord::newId();
    question.recordType = QString::fromLatin1(CaseRecord::RecordQuestion);
    question.title = u"Hur minskar vi ensamheten?"_s;
    question.questionState = u"oppen"_s;
    question.answers.insert(CaseRecord::newId(), Answer{answering.id, {}, u"kommun:1081"_s, {}, {}, {}});
    const QString gone = CaseRecord::newId(); // answered with a case this replica does not have
    question.answers.insert(CaseRecord::newId(), Answer{gone, {}, u"kommun:1081"_s, {}, {}, {}});
    other.adoptions.insert(CaseRecord::newId(),
                           Adoption{u"kommun:1081"_s, {}, {}, u"inford"_s, {}, {}, answering.id, {}, {}, {}});
    for (const CaseRecord &r : {answering, other, question}) {
        QVERIFY((*store)->put(r));
    }

    const LinkedRecords ofQuestion = RecordLinks(**store).of(question).value();
    QCOMPARE(ofQuestion.title(answering.id), answering.title);
    QVERIFY(ofQuestion.title(gone).isEmpty());
    QVERIFY(ofQuestion.questions.isEmpty());

    const LinkedRecords ofAnswer = RecordLinks(**store).of(answering).value();
    QCOMPARE(ofAnswer.questions.size(), 1);
    QCOMPARE(ofAnswer.questions.first().first, question.id);
    QCOMPARE(ofAnswer.questions.first().second, question.title);

    const LinkedRecords ofOther = RecordLinks(**store).of(other).value();
    QVERIFY(ofOther.questions.isEmpty());
    QCOMPARE(ofOther.title(answering.id), answering.title);

    // The question's facets, for the list and the filters.
    const QList<CaseSummary> summaries = (*store)->summaries().value();
    QCOMPARE(summaries.size(), 3);
    for (const CaseSummary &s : summaries) {
        QCOMPARE(s.first(Facet::RecordType), s.id == question.id ? u"fraga"_s : u"exempel"_s);
        QCOMPARE(s.first(Facet::QuestionState), s.id == question.id ? u"oppen"_s : QString());
    }
}

QTEST_GUILESS_MAIN(TestRecordLinks)
#include "tst_recordlinks.moc"
