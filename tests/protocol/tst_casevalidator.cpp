#include "casevalidator.h"
#include "fixtures.h"

#include <QTest>

#include <functional>

using namespace Fb;

using Mutation = std::function<void(CaseRecord &)>;
Q_DECLARE_METATYPE(Mutation)

class TestCaseValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validCaseHasNoErrors();
    void rejects_data();
    void rejects();
    void accepts_data();
    void accepts();
    void reportsEveryProblem();
};

void TestCaseValidator::validCaseHasNoErrors()
{
    const CaseValidator v(Test::vocabularies(), Test::referenceData());
    QCOMPARE(v.validate(Test::validCase()), QList<Error>());
}

void TestCaseValidator::rejects_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("path");

    const auto row = [](const char *name, Mutation m, ErrorCode code, const QString &path) {
        QTest::addRow("%s", name) << m << code << path;
    };
    row(
        "uppercase uuid",
        [](CaseRecord &c) {
            c.id = c.id.toUpper();
        },
        ErrorCode::InvalidUuid,
        u"id"_s);
    row(
        "not a uuid",
        [](CaseRecord &c) {
            c.id = u"abc"_s;
        },
        ErrorCode::InvalidUuid,
        u"id"_s);
    row(
        "empty title",
        [](CaseRecord &c) {
            c.title = u"  "_s;
        },
        ErrorCode::MissingField,
        u"title"_s);
    row(
        "title with newline",
        [](CaseRecord &c) {
            c.title = u"a\nb"_s;
        },
        ErrorCode::InvalidValue,
        u"title"_s);
    row(
        "title too long",
        [](CaseRecord &c) {
            c.title = QString(CaseValidator::MaxTitle + 1, u'å');
        },
        ErrorCode::FieldTooLong,
        u"title"_s);
    row(
        "summary too long",
        [](CaseRecord &c) {
            c.summary = QString(CaseValidator::MaxSummary + 1, u'x');
        },
        ErrorCode::FieldTooLong,
        u"summary"_s);
    row(
        "section too long",
        [](CaseRecord &c) {
            c.sections[u"results"_s] = QString(CaseValidator::MaxSection + 1, u'x');
        },
        ErrorCode::FieldTooLong,
        u"sections.results"_s);
    row(
        "unknown policy area",
        [](CaseRecord &c) {
            c.policyAreas.append(u"rymdfart"_s);
        },
        ErrorCode::UnknownVocabularyKey,
        u"policy_areas[2]"_s);
    row(
        "duplicate policy area",
        [](CaseRecord &c) {
            c.policyAreas.append(u"trygghet"_s);
        },
        ErrorCode::DuplicateValue,
        u"policy_areas[2]"_s);
    row(
        "label instead of key",
        [](CaseRecord &c) {
            c.status = u"I drift"_s;
        },
        ErrorCode::UnknownVocabularyKey,
        u"status"_s);
    row(
        "unknown municipality",
        [](CaseRecord &c) {
            c.municipalities = {u"9999"_s};
        },
        ErrorCode::UnknownMunicipality,
        u"municipalities[0]"_s);
    row(
        "municipality without zero",
        [](CaseRecord &c) {
            c.municipalities = {u"461"_s};
        },
        ErrorCode::UnknownMunicipality,
        u"municipalities[0]"_s);
    row(
        "unknown region",
        [](CaseRecord &c) {
            c.regions = {u"02"_s};
        },
        ErrorCode::UnknownRegion,
        u"regions[0]"_s);
    row(
        "owner kommun code",
        [](CaseRecord &c) {
            c.owner.code = u"0000"_s;
        },
        ErrorCode::UnknownMunicipality,
        u"owner.code"_s);
    row(
        "actor region code",
        [](CaseRecord &c) {
            c.actors = {Actor{u"region"_s, {}, u"99"_s, u"partner"_s, {}}};
        },
        ErrorCode::UnknownRegion,
        u"actors[0].code"_s);
    row(
        "actor without name",
        [](CaseRecord &c) {
            c.actors = {Actor{u"myndighet"_s, {}, {}, u"partner"_s, {}}};
        },
        ErrorCode::MissingField,
        u"actors[0].name"_s);
    row(
        "bad start",
        [](CaseRecord &c) {
            c.start = u"2021-13"_s;
        },
        ErrorCode::InvalidDate,
        u"start"_s);
    row(
        "bad start format",
        [](CaseRecord &c) {
            c.start = u"mars 2021"_s;
        },
        ErrorCode::InvalidDate,
        u"start"_s);
    row(
        "a verification that is not a day",
        [](CaseRecord &c) {
            c.lastVerifiedAt = u"2026-12-07T10:00:00Z"_s;
        },
        ErrorCode::InvalidDate,
        u"last_verified_at"_s);
    row(
        "a due day that does not exist",
        [](CaseRecord &c) {
            c.nextReviewDue = u"2027-02-30"_s;
        },
        ErrorCode::InvalidDate,
        u"next_review_due"_s);
    row(
        "due before the verification",
        [](CaseRecord &c) {
            c.lastVerifiedAt = u"2026-12-07"_s;
            c.nextReviewDue = u"2026-06-01"_s;
        },
        ErrorCode::InvalidDate,
        u"next_review_due"_s);
    row(
        "end before start",
        [](CaseRecord &c) {
            c.end = u"2020-12"_s;
        },
        ErrorCode::InvalidDate,
        u"end"_s);
    row(
        "end year before start",
        [](CaseRecord &c) {
            c.end = u"2020"_s;
        },
        ErrorCode::InvalidDate,
        u"end"_s);
    row(
        "evidence 6",
        [](CaseRecord &c) {
            c.evidenceLevel = 6;
        },
        ErrorCode::InvalidValue,
        u"evidence_level"_s);
    row(
        "negative group",
        [](CaseRecord &c) {
            c.studyVisit.maxGroup = -1;
        },
        ErrorCode::InvalidValue,
        u"study_visit.max_group"_s);
    row(
        "bad visit format",
        [](CaseRecord &c) {
            c.studyVisit.formats = {u"brev"_s};
        },
        ErrorCode::UnknownVocabularyKey,
        u"study_visit.formats[0]"_s);
    row(
        "bad email",
        [](CaseRecord &c) {
            c.contacts[0].email = u"ingen-snabel-a"_s;
        },
        ErrorCode::InvalidValue,
        u"contacts[0].email"_s);
    row(
        "contact without role or name",
        [](CaseRecord &c) {
            c.contacts = {Contact{}};
        },
        ErrorCode::MissingField,
        u"contacts[0].role"_s);
    row(
        "javascript link",
        [](CaseRecord &c) {
            c.links = {Link{{}, u"javascript:alert(1)"_s, {}}};
        },
        ErrorCode::InvalidUrl,
        u"links[0].url"_s);
    row(
        "file link",
        [](CaseRecord &c) {
            c.links = {Link{{}, u"file:///etc/passwd"_s, {}}};
        },
        ErrorCode::InvalidUrl,
        u"links[0].url"_s);
    row(
        "link without host",
        [](CaseRecord &c) {
            c.links = {Link{{}, u"https://"_s, {}}};
        },
        ErrorCode::InvalidUrl,
        u"links[0].url"_s);
    row(
        "bad sha256",
        [](CaseRecord &c) {
            c.attachments = {Attachment{u"a.pdf"_s, u"xyz"_s, 10, {}, {}}};
        },
        ErrorCode::InvalidValue,
        u"attachments[0].sha256"_s);
    row(
        "duplicate tag ignoring case",
        [](CaseRecord &c) {
            c.tags.append(u"Trygghet"_s);
        },
        ErrorCode::DuplicateValue,
        u"tags[2]"_s);
    row(
        "empty tag",
        [](CaseRecord &c) {
            c.tags.append(u" "_s);
        },
        ErrorCode::InvalidValue,
        u"tags[2]"_s);
    row(
        "tag too long",
        [](CaseRecord &c) {
            c.tags.append(QString(61, u'x'));
        },
        ErrorCode::FieldTooLong,
        u"tags[2]"_s);
    row(
        "bad timestamp",
        [](CaseRecord &c) {
            c.updatedAt = u"igår"_s;
        },
        ErrorCode::InvalidDate,
        u"updated_at"_s);

    const QString commentId = u"1a2b3c4d-0000-4000-8000-00000000000a"_s;
    const QString comment = u"review_comments."_s + commentId;
    const auto withComment = [commentId](CaseRecord &c, const std::function<void(ReviewComment &)> &change) {
        ReviewComment
            k{u"sections.results"_s, u"sara"_s, u"2027-01-10T10:00:00Z"_s, u"Siffror?"_s, {}, {}, {}, false, {}};
        change(k);
        c.reviewComments.insert(commentId, k);
    };
    row(
        "comment id not a uuid",
        [](CaseRecord &c) {
            c.reviewComments.insert(u"c1"_s, ReviewComment{u"title"_s, {}, {}, u"Kort?"_s, {}, {}, {}, false, {}});
        },
        ErrorCode::InvalidUuid,
        u"review_comments.c1"_s);
    row(
        "comment without path",
        [=](CaseRecord &c) {
            withComment(c, [](ReviewComment &k) {
                k.path.clear();
            });
        },
        ErrorCode::MissingField,
        comment + u".path"_s);
    row(
        "comment on a server field",
        [=](CaseRecord &c) {
            withComment(c, [](ReviewComment &k) {
                k.path = u"created_by"_s;
            });
        },
        ErrorCode::InvalidValue,
        comment + u".path"_s);
    row(
        "comment on another comment",
        [=](CaseRecord &c) {
            withComment(c, [](ReviewComment &k) {
                k.path = u"review_comments"_s;
            });
        },
        ErrorCode::InvalidValue,
        comment + u".path"_s);
    row(
        "comment without text",
        [=](CaseRecord &c) {
            withComment(c, [](ReviewComment &k) {
                k.text = u" "_s;
            });
        },
        ErrorCode::MissingField,
        comment + u".text"_s);
    row(
        "comment too long",
        [=](CaseRecord &c) {
            withComment(c, [](ReviewComment &k) {
                k.text = QString(CaseValidator::MaxComment + 1, u'x');
            });
        },
        ErrorCode::FieldTooLong,
        comment + u".text"_s);
    row(
        "answer too long",
        [=](CaseRecord &c) {
            withComment(c, [](ReviewComment &k) {
                k.answer = QString(CaseValidator::MaxComment + 1, u'x');
            });
        },
        ErrorCode::FieldTooLong,
        comment + u".answer"_s);
    const auto asQuestion = [](CaseRecord &c) {
        c.recordType = QString::fromLatin1(CaseRecord::RecordQuestion);
        c.reviewState.clear();
        c.questionState = u"oppen"_s;
    };
    const QString entry = u"1a2b3c4d-0000-4000-8000-00000000000c"_s;
    row(
        "unknown record type",
        [](CaseRecord &c) {
            c.recordType = u"blogg"_s;
        },
        ErrorCode::UnknownVocabularyKey,
        u"record_type"_s);
    row(
        "question state of a case",
        [](CaseRecord &c) {
            c.questionState = u"oppen"_s;
        },
        ErrorCode::InvalidValue,
        u"question_state"_s);
    row(
        "unknown question state",
        [=](CaseRecord &c) {
            asQuestion(c);
            c.questionState = u"glomd"_s;
        },
        ErrorCode::UnknownVocabularyKey,
        u"question_state"_s);
    row(
        "reviewed question",
        [=](CaseRecord &c) {
            asQuestion(c);
            c.reviewState = u"publicerad"_s;
        },
        ErrorCode::InvalidValue,
        u"review_state"_s);
    row(
        "answers on a case",
        [=](CaseRecord &c) {
            c.answers.insert(entry, Answer{c.id, {}, u"kommun:0461"_s, {}, {}, {}});
        },
        ErrorCode::InvalidValue,
        u"answers"_s);
    row(
        "answer without a case",
        [=](CaseRecord &c) {
            asQuestion(c);
            c.answers.insert(entry, Answer{{}, u"Se vårt exempel."_s, u"kommun:0461"_s, {}, {}, {}});
        },
        ErrorCode::MissingField,
        u"answers."_s + entry + u".case_id"_s);
    row(
        "answer of an unknown organisation",
        [=](CaseRecord &c) {
            asQuestion(c);
            c.answers.insert(entry, Answer{c.id, {}, u"kommun:0000"_s, {}, {}, {}});
        },
        ErrorCode::InvalidValue,
        u"answers."_s + entry + u".organisation"_s);
    row(
        "answer under a key that is no uuid",
        [=](CaseRecord &c) {
            asQuestion(c);
            c.answers.insert(u"svar1"_s, Answer{c.id, {}, u"kommun:0461"_s, {}, {}, {}});
        },
        ErrorCode::InvalidUuid,
        u"answers.svar1"_s);
    row(
        "adoption without organisation",
        [=](CaseRecord &c) {
            c.adoptions.insert(entry, Adoption{{}, {}, u"2021"_s, u"inford"_s, {}, {}, {}, {}, {}, {}});
        },
        ErrorCode::MissingField,
        u"adoptions."_s + entry + u".organisation"_s);
    row(
        "adoption period",
        [=](CaseRecord &c) {
            c.adoptions.insert(entry, Adoption{u"region:10"_s, {}, u"våren 2021"_s, {}, {}, {}, {}, {}, {}, {}});
        },
        ErrorCode::InvalidDate,
        u"adoptions."_s + entry + u".period"_s);
    row(
        "adoption status",
        [=](CaseRecord &c) {
            c.adoptions.insert(entry, Adoption{u"kommun:1081"_s, {}, {}, u"klar"_s, {}, {}, {}, {}, {}, {}});
        },
        ErrorCode::UnknownVocabularyKey,
        u"adoptions."_s + entry + u".status"_s);
    row(
        "adoptions of a question",
        [=](CaseRecord &c) {
            asQuestion(c);
            c.adoptions.insert(entry, Adoption{u"kommun:1081"_s, {}, {}, {}, {}, {}, {}, {}, {}, {}});
        },
        ErrorCode::InvalidValue,
        u"adoptions"_s);
    row(
        "origin case",
        [](CaseRecord &c) {
            c.originCase = u"gnesta"_s;
        },
        ErrorCode::InvalidUuid,
        u"origin_case"_s);
    row(
        "comment time",
        [=](CaseRecord &c) {
            withComment(c, [](ReviewComment &k) {
                k.at = u"i morse"_s;
            });
        },
        ErrorCode::InvalidDate,
        comment + u".at"_s);
}

void TestCaseValidator::rejects()
{
    QFETCH(Mutation, mutate);
    QFETCH(ErrorCode, code);
    QFETCH(QString, path);
    CaseRecord c = Test::validCase();
    mutate(c);
    const QList<Error> errors = CaseValidator(Test::vocabularies(), Test::referenceData()).validate(c);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().code, code);
    QCOMPARE(errors.first().path, path);
}

void TestCaseValidator::accepts_data()
{
    QTest::addColumn<Mutation>("mutate");
    const auto row = [](const char *name, Mutation m) {
        QTest::addRow("%s", name) << m;
    };
    row("minimal case", [](CaseRecord &c) {
        const QString id = c.id;
        c = CaseRecord{};
        c.id = id;
        c.title = u"Titel"_s;
    });
    row("year-only period", [](CaseRecord &c) {
        c.start = u"2021"_s;
        c.end = u"2021-06"_s;
    });
    row("unknown section key of a newer client", [](CaseRecord &c) {
        c.sections[u"lessons_learned"_s] = u"x"_s;
    });
    row("kommun owner named by code", [](CaseRecord &c) {
        c.owner.name.clear();
    });
    row("title at the limit", [](CaseRecord &c) {
        c.title = QString(CaseValidator::MaxTitle, u'ö');
    });
    row("http link", [](CaseRecord &c) {
        c.links = {Link{{}, u"http://www.gnesta.se/"_s, {}}};
    });
    row("question with answers", [](CaseRecord &c) {
        c.recordType = QString::fromLatin1(CaseRecord::RecordQuestion);
        c.reviewState.clear();
        c.questionState = u"besvarad"_s;
        c.answers.insert(u"1a2b3c4d-0000-4000-8000-00000000000c"_s,
                         Answer{c.id, u"Så gjorde vi."_s, u"region:10"_s, u"anna"_s, u"2027-01-10T10:00:00Z"_s, {}});
    });
    row("case adopted in a county", [](CaseRecord &c) {
        c.originCase = CaseRecord::newId();
        c.adoptions.insert(u"1a2b3c4d-0000-4000-8000-00000000000c"_s,
                           Adoption{u"kommun:1081"_s, {}, u"2021-08"_s, u"inford"_s, {}, {}, c.originCase, {}, {}, {}});
    });
    row("review comments on fields", [](CaseRecord &c) {
        int n = 0;
        for (const QString &path : {u"title"_s,
                                    u"sections.results"_s,
                                    u"owner.name"_s,
                                    u"contacts"_s,
                                    u"contacts[0].email"_s,
                                    u"study_visit.max_group"_s}) {
            c.reviewComments.insert(u"1a2b3c4d-0000-4000-8000-00000000000%1"_s.arg(n++),
                                    ReviewComment{path, {}, {}, u"Se över."_s, u"Klart."_s, {}, {}, n % 2 == 0, {}});
        }
    });
}

void TestCaseValidator::accepts()
{
    QFETCH(Mutation, mutate);
    CaseRecord c = Test::validCase();
    mutate(c);
    QCOMPARE(CaseValidator(Test::vocabularies(), Test::referenceData()).validate(c), QList<Error>());
}

void TestCaseValidator::reportsEveryProblem()
{
    CaseRecord c = Test::validCase();
    c.title.clear();
    c.status = u"okänd"_s;
    c.municipalities = {u"0000"_s};
    const QList<Error> errors = CaseValidator(Test::vocabularies(), Test::referenceData()).validate(c);
    QStringList paths;
    for (const Error &e : errors) {
        paths.append(e.path);
    }
    QCOMPARE(paths, (QStringList{u"title"_s, u"status"_s, u"municipalities[0]"_s}));
}

QTEST_GUILESS_MAIN(TestCaseValidator)
#include "tst_casevalidator.moc"
