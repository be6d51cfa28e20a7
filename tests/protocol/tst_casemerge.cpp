#include "casefields.h"
#include "casemerge.h"
#include "textmerge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <rapidcheck.h>

#include <map>

using namespace Fb;
using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList conflictPaths(const MergeResult &r)
{
    QStringList paths;
    for (const FieldConflict &c : r.conflicts) {
        paths.append(c.path);
    }
    return paths;
}

// Symmetry (reference design 5.6): the same conflicts, and the same value at every other path.
QString asymmetry(const QJsonObject &b, const QJsonObject &x, const QJsonObject &y)
{
    const MergeResult xy = CaseMerge::merge3(b, x, y);
    const MergeResult yx = CaseMerge::merge3(b, y, x);
    if (conflictPaths(xy) != conflictPaths(yx)) {
        return u"conflicts %1 vs %2"_s.arg(conflictPaths(xy).join(u','), conflictPaths(yx).join(u','));
    }
    QStringList paths = CaseFields::paths(xy.merged) + CaseFields::paths(yx.merged);
    paths.removeDuplicates();
    for (const QString &path : std::as_const(paths)) {
        if (!conflictPaths(xy).contains(path)
            && CaseFields::valueAt(xy.merged, path) != CaseFields::valueAt(yx.merged, path)) {
            return u"values differ at "_s + path;
        }
    }
    return QString();
}

// ---- random case bodies for the properties ---------------------------------------------------

const QStringList Words = u"skola vård omsorg kommun region barn äldre digital samverkan bibliotek"_s.split(u' ');
// Headings, list items, a fenced block with a blank line and a two-line paragraph among them.
const QStringList Paragraphs =
    u"Skolan och vården samverkar.|Barn och äldre möts i biblioteket.|- en punkt om omsorg|"
    u"- en punkt om skola|## Bakgrund|```\nkod rad\n\nmer kod\n```|Regionen bidrar med pengar.|"
    u"Kommunen leder arbetet\növer två rader.|Resultaten följs upp varje år.|1. första steget|"
    u"Unga deltar i planeringen.|Landsbygden får bättre service."_s.split(u'|');
const QStringList Tags{u"skola"_s, u"vård"_s, u"digitalisering"_s, u"landsbygd"_s, u"unga"_s, u"äldre"_s};
const QStringList SectionKeys{u"problem"_s, u"solution"_s, u"results"_s, u"evaluation"_s};
// Few, so that both sides often touch the same comment.
const QStringList CommentIds{u"0c000000-0000-4000-8000-000000000001"_s,
                             u"0c000000-0000-4000-8000-000000000002"_s,
                             u"0c000000-0000-4000-8000-000000000003"_s};

// A case in a form that random edits can work on; toJson() gives its body.
struct Doc
{
    QString title;
    QStringList summary; // paragraphs
    bool summaryNewline = false;
    QStringList tags;
    std::map<QString, QStringList> sections;
    QString extra; // an unknown key; empty is absent
    QList<std::pair<QString, QString>> contacts;
    QStringList formats; // study_visit.formats
    std::map<QString, std::map<QString, QString>> comments; // id → key → value ("resolved": bool)

    QJsonObject toJson() const
    {
        QJsonObject o{{u"id"_s, u"6f1c2a4e-0b7d-4c1e-9a53-2f8e4d6b7c10"_s},
                      {u"schema"_s, 1},
                      {u"created_at"_s, u"2024-03-01T10:00:00Z"_s},
                      {u"updated_by"_s, u"anna"_s},
                      {u"title"_s, title}};
        if (!summary.isEmpty()) {
            o.insert(u"summary"_s, QString(summary.join(u"\n\n"_s) + (summaryNewline ? u"\n"_s : QString())));
        }
        if (!tags.isEmpty()) {
            o.insert(u"tags"_s, QJsonArray::fromStringList(tags));
        }
        QJsonObject s;
        for (const auto &[key, paragraphs] : sections) {
            if (!paragraphs.isEmpty()) {
                s.insert(key, QString(paragraphs.join(u"\n\n"_s) + u'\n'));
            }
        }
        if (!s.isEmpty()) {
            o.insert(u"sections"_s, s);
        }
        if (!extra.isEmpty()) {
            o.insert(u"x_extra"_s, extra);
        }
        QJsonArray c;
        for (const auto &[name, role] : contacts) {
            c.append(QJsonObject{{u"name"_s, name}, {u"role"_s, role}});
        }
        if (!c.isEmpty()) {
            o.insert(u"contacts"_s, c);
        }
        if (!formats.isEmpty()) {
            o.insert(u"study_visit"_s, QJsonObject{{u"formats"_s, QJsonArray::fromStringList(formats)}});
        }
        QJsonObject comments;
        for (const auto &[id, fields] : this->comments) {
            QJsonObject k;
            for (const auto &[key, value] : fields) {
                k.insert(key, key == "resolved"_L1 ? QJsonValue(true) : QJsonValue(value));
            }
            comments.insert(id, k);
        }
        if (!comments.isEmpty()) {
            o.insert(u"review_comments"_s, comments);
        }
        return o;
    }
};

void showValue(const Doc &doc, std::ostream &os)
{
    os << compact(doc.toJson()).toStdString();
}

// Uniform in [0, size): RapidCheck's own ramp of sizes would make most cases edit nothing at all.
int pick(int size)
{
    return size <= 1 ? 0 : *rc::gen::resize(100, rc::gen::inRange(0, size));
}

QString pickFrom(const QStringList &list)
{
    return list[pick(int(list.size()))];
}

// A word no base has, from a small range so that both sides sometimes make the same one.
QString freshWord()
{
    return u"ny%1"_s.arg(pick(40));
}

QStringList pickSubset(const QStringList &pool, int max)
{
    QStringList result;
    const int n = pick(max + 1);
    for (int i = 0; i < n; ++i) {
        const QString item = pickFrom(pool);
        if (!result.contains(item)) {
            result.append(item);
        }
    }
    return result;
}

// Mostly distinct paragraphs, since equal ones make every nearby merge refuse; sometimes a
// repeat, to exercise just that.
QStringList pickParagraphs(int min, int max)
{
    QStringList result;
    const int n = min + pick(max - min + 1);
    for (int i = 0; i < n; ++i) {
        QString p = pickFrom(Paragraphs);
        if (pick(8) > 0) {
            for (int k = 0; k < Paragraphs.size() && result.contains(p); ++k) {
                p = Paragraphs[(Paragraphs.indexOf(p) + 1) % Paragraphs.size()];
            }
        }
        result.append(p);
    }
    return result;
}

rc::Gen<Doc> genDoc()
{
    return rc::gen::exec([] {
        Doc d;
        d.title = u"Titel om "_s + pickFrom(Words);
        if (*rc::gen::arbitrary<bool>()) {
            d.summary = pickParagraphs(1, 3);
            d.summaryNewline = *rc::gen::arbitrary<bool>();
        }
        d.tags = pickSubset(Tags, 4);
        const int sections = 1 + pick(3);
        for (int i = 0; i < sections; ++i) {
            d.sections[SectionKeys[i]] = pickParagraphs(1, 6);
        }
        if (*rc::gen::arbitrary<bool>()) {
            d.extra = u"extra "_s + pickFrom(Words);
        }
        for (int i = pick(3); i > 0; --i) {
            d.contacts.append({pickFrom(Words), pickFrom(Words)});
        }
        d.formats = pickSubset({u"digital"_s, u"on_site"_s, u"hybrid"_s}, 2);
        for (int i = pick(3); i > 0; --i) {
            d.comments[pickFrom(CommentIds)] = {{u"path"_s, u"sections.problem"_s}, {u"text"_s, pickFrom(Words)}};
        }
        return d;
    });
}

void editText(QStringList &paragraphs)
{
    const int at = pick(int(paragraphs.size()) + 1);
    const bool onExisting = at < paragraphs.size();
    switch (pick(5)) {
    case 0:
        if (onExisting) {
            paragraphs[at] = pickFrom(Paragraphs) + u' ' + freshWord();
        }
        break;
    case 1: paragraphs.insert(at, pickFrom(Words) + u' ' + freshWord() + u'.'); break;
    case 2:
        if (onExisting) {
            paragraphs.removeAt(at);
        }
        break;
    case 3: paragraphs.insert(at, pickFrom(Paragraphs)); break;
    default:
        if (onExisting) {
            paragraphs[at] += u' ' + freshWord();
        }
    }
}

void editList(QStringList &list, const QStringList &pool)
{
    if (!list.isEmpty() && *rc::gen::arbitrary<bool>()) {
        list.removeAt(pick(int(list.size())));
    } else {
        const QString item = *rc::gen::arbitrary<bool>() ? pickFrom(pool) : freshWord();
        if (!list.contains(item)) {
            list.append(item);
        }
    }
}

// A reviewer's or an author's edit of one comment: answered, resolved, reworded or removed.
void editComment(std::map<QString, std::map<QString, QString>> &comments)
{
    if (comments.empty()) {
        return;
    }
    auto it = std::next(comments.begin(), pick(int(comments.size())));
    switch (pick(4)) {
    case 0: it->second[u"answer"_s] = u"svar "_s + freshWord(); break;
    case 1: it->second[u"resolved"_s] = u"true"_s; break;
    case 2: it->second[u"text"_s] = pickFrom(Words) + u' ' + freshWord(); break;
    default: comments.erase(it);
    }
}

// b changed by a few random edits, often to the same fields as the other side's.
rc::Gen<Doc> genEdited(const Doc &b)
{
    return rc::gen::exec([b] {
        Doc d = b;
        for (int n = pick(5); n > 0; --n) {
            // Most edits go to the first section, so the two sides' text edits meet often.
            switch (pick(13)) {
            case 0: d.title = u"Titel om "_s + (*rc::gen::arbitrary<bool>() ? pickFrom(Words) : freshWord()); break;
            case 1: editText(d.summary); break;
            case 2: editList(d.tags, Tags); break;
            case 3:
            case 8:
            case 9: editText(d.sections[SectionKeys[pick(4) < 3 ? 0 : pick(int(SectionKeys.size()))]]); break;
            case 4: d.sections.erase(pickFrom(SectionKeys)); break;
            case 5: d.extra = *rc::gen::arbitrary<bool>() ? u"extra "_s + freshWord() : QString(); break;
            case 6:
                if (!d.contacts.isEmpty() && *rc::gen::arbitrary<bool>()) {
                    d.contacts[pick(int(d.contacts.size()))].first = freshWord();
                } else {
                    d.contacts.append({freshWord(), pickFrom(Words)});
                }
                break;
            case 11: editComment(d.comments); break;
            case 12: d.comments[pickFrom(CommentIds)] = {{u"path"_s, u"title"_s}, {u"text"_s, freshWord()}}; break;
            default: editList(d.formats, {u"digital"_s, u"on_site"_s, u"hybrid"_s});
            }
        }
        return d;
    });
}

QSet<QString> tokens(const QJsonValue &value)
{
    static const QRegularExpression separator(u"[^\\p{L}\\p{N}_]+"_s);
    QSet<QString> result;
    if (value.isString()) {
        for (const QString &t : value.toString().split(separator, Qt::SkipEmptyParts)) {
            result.insert(t);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            result.unite(tokens(v));
        }
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            result.unite(tokens(it.value()));
        }
    }
    return result;
}

QHash<QString, int> blockCounts(const QString &text)
{
    QHash<QString, int> counts;
    for (const QString &block : TextMerge::splitBlocks(text)) {
        if (!block.trimmed().isEmpty()) {
            ++counts[block.trimmed()];
        }
    }
    return counts;
}

// The properties draw b, then x and y as edits of it.
struct Triple
{
    QJsonObject b;
    QJsonObject x;
    QJsonObject y;
};

Triple drawTriple()
{
    const Doc b = *genDoc();
    const Doc x = *genEdited(b);
    const Doc y = *genEdited(b);
    return {b.toJson(), x.toJson(), y.toJson()};
}

// One longer text and two edits of it, for the text laws on their own: in whole cases the two
// sides seldom edit the same text.
struct TextTriple
{
    QString b;
    QString x;
    QString y;
};

TextTriple drawTexts()
{
    const QStringList b = pickParagraphs(3, 10);
    const auto edited = [&b] {
        QStringList p = b;
        for (int n = 1 + pick(3); n > 0; --n) {
            editText(p);
        }
        return p;
    };
    const QStringList x = edited();
    const QStringList y = edited();
    const QString end = pick(2) ? u"\n"_s : QString();
    return {b.join(u"\n\n"_s) + end, x.join(u"\n\n"_s) + end, y.join(u"\n\n"_s) + end};
}

} // namespace

class TestCaseMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void merges_data();
    void merges();
    void conflictKeepsAllThreeValues();
    void unchangedSideGivesTheOther();
    void sameChangeOnBothSides();
    void symmetric();
    void tokensPreserved();
    void changedBlocksOnce();
    void textLaws();
};

void TestCaseMerge::initTestCase()
{
    // Enough cases to find the usual collisions, few enough for a slow machine. RC_PARAMS set by
    // hand (e.g. a seed to reproduce a failure) wins.
    if (!qEnvironmentVariableIsSet("RC_PARAMS")) {
        qputenv("RC_PARAMS", "max_success=300");
    }
}

void TestCaseMerge::merges_data()
{
    QTest::addColumn<QJsonObject>("base");
    QTest::addColumn<QJsonObject>("local");
    QTest::addColumn<QJsonObject>("remote");
    QTest::addColumn<QJsonObject>("expected");
    QTest::addColumn<QStringList>("conflicts");

    // Each row: [base, local, remote, expected merge].
    const auto row = [](const char *name, const char *json, const QStringList &conflicts = {}) {
        const QJsonArray a = QJsonDocument::fromJson(QByteArray(json)).array();
        if (a.size() != 4) {
            qFatal("bad test JSON: %s", json);
        }
        QTest::newRow(name) << a[0].toObject() << a[1].toObject() << a[2].toObject() << a[3].toObject() << conflicts;
    };

    row("scalar changed on one side", R"([{"title":"A"}, {"title":"B"}, {"title":"A"}, {"title":"B"}])");
    // Two municipalities answer a question, or record an adoption, on different laptops at once.
    row("answers written at once",
        R"([{}, {"answers":{"a1":{"note":"Torsby"}}}, {"answers":{"a2":{"note":"Gnesta"}}}, {"answers":{"a1":{"note":"Torsby"},"a2":{"note":"Gnesta"}}}])");
    row("adoption edited while another is added",
        R"([{"adoptions":{"a1":{"status":"planerad"}}}, {"adoptions":{"a1":{"status":"inford"}}}, {"adoptions":{"a1":{"status":"planerad"},"a2":{"status":"planerad"}}}, {"adoptions":{"a1":{"status":"inford"},"a2":{"status":"planerad"}}}])");
    row("one adoption changed both ways",
        R"([{"adoptions":{"a1":{"status":"planerad"}}}, {"adoptions":{"a1":{"status":"inford"}}}, {"adoptions":{"a1":{"status":"avslutad"}}}, {"adoptions":{"a1":{"status":"inford"}}}])",
        {u"adoptions.a1"_s});
    row("scalar changed alike", R"([{"title":"A"}, {"title":"B"}, {"title":"B"}, {"title":"B"}])");
    row("scalar changed both ways: local kept, conflict",
        R"([{"title":"A","scale":"lokal"}, {"title":"B","scale":"lokal"}, {"title":"C","scale":"regional"}, {"title":"B","scale":"regional"}])",
        {u"title"_s});
    row("scalar removed on one side",
        R"([{"title":"A","short_name":"S"}, {"title":"A"}, {"title":"A","short_name":"S"}, {"title":"A"}])");
    row("removed against changed", R"([{"short_name":"S"}, {}, {"short_name":"T"}, {}])", {u"short_name"_s});
    row("added alike on both sides", R"([{}, {"evidence_level":3}, {"evidence_level":3}, {"evidence_level":3}])");
    row("added differently",
        R"([{}, {"evidence_level":3}, {"evidence_level":2}, {"evidence_level":3}])",
        {u"evidence_level"_s});
    row("tags as sets",
        R"([{"tags":["a","b","c"]}, {"tags":["a","c","x"]}, {"tags":["c","b","a","d"]}, {"tags":["a","c","d","x"]}])");
    row("tags removed on both sides stay removed",
        R"([{"tags":["a","b"]}, {"tags":["a"]}, {"tags":["a","c"]}, {"tags":["a","c"]}])");
    row("tags emptied become absent", R"([{"tags":["a","b"]}, {"tags":["a"]}, {"tags":["b"]}, {}])");
    row("tags added from nothing", R"([{}, {"tags":["z","a"]}, {"tags":["m"]}, {"tags":["a","m","z"]}])");
    row("municipalities and formats are sets",
        R"([{"municipalities":["0461"],"study_visit":{"formats":["digital"],"open":true}}, {"municipalities":["0461","0180"],"study_visit":{"formats":["digital"],"open":true}}, {"municipalities":["1280"],"study_visit":{"formats":["on_site","digital"],"open":true}}, {"municipalities":["0180","1280"],"study_visit":{"formats":["on_site","digital"],"open":true}}])");
    row("set path with objects is a conflict",
        R"([{"tags":["a"]}, {"tags":["a",{"b":1}]}, {"tags":["c"]}, {"tags":["a",{"b":1}]}])",
        {u"tags"_s});
    row("summary merged by block",
        R"([{"summary":"Ett.\n\nTvå.\n\nTre.\n"}, {"summary":"Ett!\n\nTvå.\n\nTre.\n"}, {"summary":"Ett.\n\nTvå.\n\nTre!\n"}, {"summary":"Ett!\n\nTvå.\n\nTre!\n"}])");
    row("section edits that touch conflict",
        R"([{"sections":{"problem":"Ett.\n\nTvå.\n"}}, {"sections":{"problem":"Ett!\n\nTvå.\n"}}, {"sections":{"problem":"Ett.\n\nTvå!\n"}}, {"sections":{"problem":"Ett!\n\nTvå.\n"}}])",
        {u"sections.problem"_s});
    row("different sections on each side",
        R"([{"sections":{"problem":"P","results":"R"}}, {"sections":{"problem":"P2","results":"R"}}, {"sections":{"problem":"P","results":"R2","costs":"K"}}, {"sections":{"problem":"P2","results":"R2","costs":"K"}}])");
    row("section removed against edited",
        R"([{"sections":{"problem":"A\n\nB\n"}}, {}, {"sections":{"problem":"A\n\nB2\n"}}, {}])",
        {u"sections.problem"_s});
    row("section added on both sides differently",
        R"([{}, {"sections":{"costs":"A"}}, {"sections":{"costs":"B"}}, {"sections":{"costs":"A"}}])",
        {u"sections.costs"_s});
    // Review comments: one path per comment, each merged key by key (docs/sync.md).
    row("comments added on both sides",
        R"([{}, {"review_comments":{"c1":{"text":"A"}}}, {"review_comments":{"c2":{"text":"B"}}}, {"review_comments":{"c1":{"text":"A"},"c2":{"text":"B"}}}])");
    row("answer here, resolved there",
        R"([{"review_comments":{"c1":{"text":"A"}}}, {"review_comments":{"c1":{"text":"A","answer":"Svar"}}}, {"review_comments":{"c1":{"text":"A","resolved":true}}}, {"review_comments":{"c1":{"text":"A","answer":"Svar","resolved":true}}}])");
    row("answered differently",
        R"([{"review_comments":{"c1":{"text":"A"}}}, {"review_comments":{"c1":{"text":"A","answer":"Ja"}}}, {"review_comments":{"c1":{"text":"A","answer":"Nej"}}}, {"review_comments":{"c1":{"text":"A","answer":"Ja"}}}])",
        {u"review_comments.c1"_s});
    row("comment removed against answered",
        R"([{"review_comments":{"c1":{"text":"A"}}}, {}, {"review_comments":{"c1":{"text":"A","answer":"Ja"}}}, {}])",
        {u"review_comments.c1"_s});
    row("deletions apart",
        R"([{"sections":{"costs":"A\n\nB\n\nC\n"}}, {"sections":{"costs":"B\n\nC\n"}}, {"sections":{"costs":"A\n\nB\n"}}, {"sections":{"costs":"B\n"}}])");
    row("contacts edited on one side",
        R"([{"contacts":[{"name":"Anna"}]}, {"contacts":[{"name":"Anna"},{"name":"Bo"}]}, {"contacts":[{"name":"Anna"}]}, {"contacts":[{"name":"Anna"},{"name":"Bo"}]}])");
    row("contacts edited on both sides",
        R"([{"contacts":[{"name":"Anna"}]}, {"contacts":[{"name":"Anna"},{"name":"Bo"}]}, {"contacts":[{"name":"Anna","role":"chef"}]}, {"contacts":[{"name":"Anna"},{"name":"Bo"}]}])",
        {u"contacts"_s});
    row("study_visit split by field",
        R"([{"study_visit":{"open":false,"max_group":10}}, {"study_visit":{"open":true,"max_group":10}}, {"study_visit":{"open":false,"max_group":20}}, {"study_visit":{"open":true,"max_group":20}}])");
    row("unknown key kept",
        R"([{"title":"A"}, {"title":"A","x_new":{"a":1}}, {"title":"B"}, {"title":"B","x_new":{"a":1}}])");
    row("unknown string list is a scalar",
        R"([{"x_list":["a"]}, {"x_list":["a","b"]}, {"x_list":["a","c"]}, {"x_list":["a","b"]}])",
        {u"x_list"_s});
    row("unknown key in sections is text",
        R"([{"sections":{"x_more":"A\n\nB\n\nC\n"}}, {"sections":{"x_more":"A2\n\nB\n\nC\n"}}, {"sections":{"x_more":"A\n\nB\n\nC2\n"}}, {"sections":{"x_more":"A2\n\nB\n\nC2\n"}}])");
    row("server fields from remote",
        R"([{"id":"i","schema":1,"updated_at":"T0","updated_by":"a","created_at":"T0"}, {"id":"i","schema":1,"updated_at":"T1","updated_by":"b","created_at":"T0","created_by":"b"}, {"id":"i","schema":1,"updated_at":"T2","updated_by":"c"}, {"id":"i","schema":1,"updated_at":"T2","updated_by":"c","created_at":"T0","created_by":"b"}])");
    row("a null is an absent field",
        R"([{"title":"A","scale":"lokal"}, {"title":null,"scale":"lokal"}, {"title":"A","scale":null}, {}])");
}

void TestCaseMerge::merges()
{
    QFETCH(QJsonObject, base);
    QFETCH(QJsonObject, local);
    QFETCH(QJsonObject, remote);
    QFETCH(QJsonObject, expected);
    QFETCH(QStringList, conflicts);

    const MergeResult result = CaseMerge::merge3(base, local, remote);
    QCOMPARE(compact(result.merged), compact(expected));
    QCOMPARE(conflictPaths(result), conflicts);
    const QString asym = asymmetry(base, local, remote);
    QVERIFY2(asym.isEmpty(), qPrintable(asym));
}

void TestCaseMerge::conflictKeepsAllThreeValues()
{
    const MergeResult r = CaseMerge::merge3(parse(R"({"title":"A","sections":{"costs":"K"},"tags":["t"]})"),
                                            parse(R"({"title":"B","tags":["t"]})"),
                                            parse(R"({"title":"C","sections":{"costs":"K2"},"tags":["t"]})"));
    const QList<FieldConflict> expected{
        {u"sections.costs"_s, u"K"_s, QJsonValue(QJsonValue::Undefined), u"K2"_s},
        {u"title"_s, u"A"_s, u"B"_s, u"C"_s},
    };
    QCOMPARE(r.conflicts, expected);
    QCOMPARE(compact(r.merged), compact(parse(R"({"title":"B","tags":["t"]})")));
}

void TestCaseMerge::unchangedSideGivesTheOther()
{
    QVERIFY(rc::check("merge3(b, x, b) == x and merge3(b, b, y) == y, without conflicts", [] {
        const Triple t = drawTriple();
        const MergeResult toLocal = CaseMerge::merge3(t.b, t.x, t.b);
        RC_ASSERT(toLocal.conflicts.isEmpty());
        RC_ASSERT(compact(toLocal.merged) == compact(t.x));
        const MergeResult toRemote = CaseMerge::merge3(t.b, t.b, t.y);
        RC_ASSERT(toRemote.conflicts.isEmpty());
        RC_ASSERT(compact(toRemote.merged) == compact(t.y));
    }));
}

void TestCaseMerge::sameChangeOnBothSides()
{
    QVERIFY(rc::check("merge3(b, x, x) == x, without conflicts", [] {
        const Triple t = drawTriple();
        const MergeResult r = CaseMerge::merge3(t.b, t.x, t.x);
        RC_ASSERT(r.conflicts.isEmpty());
        RC_ASSERT(compact(r.merged) == compact(t.x));
    }));
}

void TestCaseMerge::symmetric()
{
    QVERIFY(rc::check("merge3(b, x, y) and merge3(b, y, x) agree outside the same conflicts", [] {
        const Triple t = drawTriple();
        const QString asym = asymmetry(t.b, t.x, t.y);
        RC_LOG() << asym.toStdString();
        RC_ASSERT(asym.isEmpty());
    }));
}

void TestCaseMerge::tokensPreserved()
{
    QVERIFY(rc::check("new words survive, words removed on both sides stay removed", [] {
        const Triple t = drawTriple();
        const MergeResult r = CaseMerge::merge3(t.b, t.x, t.y);
        const QSet<QString> inBase = tokens(t.b);
        const QSet<QString> inX = tokens(t.x);
        const QSet<QString> inY = tokens(t.y);
        QSet<QString> kept = tokens(r.merged);
        const QSet<QString> inMerged = kept;
        for (const FieldConflict &c : r.conflicts) {
            kept.unite(tokens(c.local)).unite(tokens(c.remote));
        }
        for (const QString &word : (inX - inBase) + (inY - inBase)) {
            RC_LOG() << "lost: " << word.toStdString();
            RC_ASSERT(kept.contains(word));
        }
        for (const QString &word : inBase - inX - inY) {
            RC_LOG() << "back: " << word.toStdString();
            RC_ASSERT(!inMerged.contains(word));
        }
    }));
}

void TestCaseMerge::changedBlocksOnce()
{
    QVERIFY(rc::check("a clean text merge has each new block once", [] {
        const Triple t = drawTriple();
        const MergeResult r = CaseMerge::merge3(t.b, t.x, t.y);
        const QStringList conflicted = conflictPaths(r);
        bool mergedBothSides = false;
        for (const QString &path : CaseFields::paths(t.x) + CaseFields::paths(t.y)) {
            if ((path != "summary"_L1 && !path.startsWith("sections."_L1)) || conflicted.contains(path)) {
                continue;
            }
            const QJsonValue b = CaseFields::valueAt(t.b, path);
            const QJsonValue x = CaseFields::valueAt(t.x, path);
            const QJsonValue y = CaseFields::valueAt(t.y, path);
            mergedBothSides = mergedBothSides || (x != b && y != b && x != y);
            const QHash<QString, int> inBase = blockCounts(CaseFields::valueAt(t.b, path).toString());
            const QHash<QString, int> inX = blockCounts(CaseFields::valueAt(t.x, path).toString());
            const QHash<QString, int> inY = blockCounts(CaseFields::valueAt(t.y, path).toString());
            const QHash<QString, int> inMerged = blockCounts(CaseFields::valueAt(r.merged, path).toString());
            for (const QHash<QString, int> *side : {&inX, &inY}) {
                for (auto it = side->begin(); it != side->end(); ++it) {
                    if (!inBase.contains(it.key())) {
                        RC_LOG() << path.toStdString() << ": " << it.key().toStdString();
                        RC_ASSERT(inMerged.value(it.key()) == std::max(inX.value(it.key()), inY.value(it.key())));
                    }
                }
            }
        }
        // Shows in the output how often the interesting case came up.
        RC_CLASSIFY(mergedBothSides, "text merged from both sides");
    }));
}

void TestCaseMerge::textLaws()
{
    QVERIFY(rc::check("text: symmetric, new blocks once, blocks removed on both sides gone", [] {
        const TextTriple t = drawTexts();
        RC_LOG() << "b: " << t.b.toStdString() << "\nx: " << t.x.toStdString() << "\ny: " << t.y.toStdString();
        RC_ASSERT(TextMerge::merge3(t.b, t.x, t.b) == t.x);
        RC_ASSERT(TextMerge::merge3(t.b, t.b, t.y) == t.y);
        RC_ASSERT(TextMerge::merge3(t.b, t.x, t.x) == t.x);
        const auto merged = TextMerge::merge3(t.b, t.x, t.y);
        RC_ASSERT(merged == TextMerge::merge3(t.b, t.y, t.x));
        RC_CLASSIFY(merged && t.x != t.b && t.y != t.b && t.x != t.y, "merged from both sides");
        if (!merged) {
            return;
        }
        const QHash<QString, int> inBase = blockCounts(t.b);
        const QHash<QString, int> inX = blockCounts(t.x);
        const QHash<QString, int> inY = blockCounts(t.y);
        const QHash<QString, int> inMerged = blockCounts(*merged);
        for (const QHash<QString, int> *side : {&inX, &inY}) {
            for (auto it = side->begin(); it != side->end(); ++it) {
                if (!inBase.contains(it.key())) {
                    RC_ASSERT(inMerged.value(it.key()) == std::max(inX.value(it.key()), inY.value(it.key())));
                }
            }
        }
        for (auto it = inBase.begin(); it != inBase.end(); ++it) {
            if (!inX.contains(it.key()) && !inY.contains(it.key())) {
                RC_ASSERT(!inMerged.contains(it.key()));
            }
        }
        for (auto it = inMerged.begin(); it != inMerged.end(); ++it) {
            RC_ASSERT(inX.contains(it.key()) || inY.contains(it.key()));
        }
    }));
}

QTEST_GUILESS_MAIN(TestCaseMerge)
#include "tst_casemerge.moc"
