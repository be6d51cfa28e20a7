#include "caserecord.h"
#include "clitools.h"
#include "fixtures.h"
#include "localedits.h"
#include "samplebank.h"
#include "swedishtokenizer.h"
#include "syncledger.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Fb;

// Runs the real framgangsbank-cli binary against a temporary profile: the commands that work on the
// local replica alone. The commands that talk to a server are in tst_clisync.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listOnNewProfileShowsSampleBank();
    void showTextAndJson();
    void showUnknownIdIsNotFound();
    void searchRanksAndLimits();
    void searchFiltersAndWritesTheList();
    void importThenExportRoundTrips_data();
    void importThenExportRoundTrips();
    void importRejectsBadFileAndChangesNothing();
    void killedImportLeavesReplicaWhole();
    void generateIsDeterministic();
    void exportDecisionDocument();
    void exportDecisionDocumentErrors_data();
    void exportDecisionDocumentErrors();
    void exportSeveralCasesSideBySide();
    void usageErrors_data();
    void usageErrors();
    void dbAndProfileAreExclusive();
    void attachRefusesFileOverTheLimit();
    void updateBesideAnotherProgramKeepsItsSave();
    void archiveShowsWhatWasThrownAway();

private:
    using Run = Test::CliRun;

    Run cli(const QStringList &arguments) { return m_tools->cli(arguments, {}, u"sv"_s); }

    QStringList profile() const { return {u"--profile"_s, m_dir->filePath(u"profile"_s)}; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::CliTools> m_tools;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_tools = std::make_unique<Test::CliTools>(m_dir->path());
}

void TestCli::cleanup()
{
    m_tools.reset();
    m_dir.reset();
}

namespace {

// The sample bank's cases: `list` leaves its questions to `question list`.
qsizetype sampleCases()
{
    const QList<CaseRecord> records = SampleBank::load().value();
    return std::count_if(records.cbegin(), records.cend(), [](const CaseRecord &c) {
        return !c.isQuestion();
    });
}

} // namespace

void TestCli::listOnNewProfileShowsSampleBank()
{
    const Run r = cli(profile() + QStringList{u"--json"_s, u"list"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray cases = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(cases.size(), sampleCases());
    QVERIFY(QFile::exists(m_dir->filePath(u"profile/replica.sqlite"_s)));
    // The default profile (no --profile) lives under XDG_DATA_HOME.
    QCOMPARE(cli({u"list"_s}).exitCode, 0);
    QVERIFY(QFile::exists(m_dir->filePath(u"xdg/framgangsbank/profiles/default/replica.sqlite"_s)));
}

void TestCli::showTextAndJson()
{
    const CaseRecord first = SampleBank::load()->first();
    const Run text = cli(profile() + QStringList{u"show"_s, first.id});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).startsWith(u"# "_s + first.title));
    const Run json = cli(profile() + QStringList{u"--json"_s, u"show"_s, first.id});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(*CaseRecord::fromJson(json.out), first);
}

void TestCli::searchFiltersAndWritesTheList()
{
    // Filters as in the app's search field; only filters lists every case that has them.
    const Run filtered = cli(profile() + QStringList{u"--json"_s, u"search"_s, u"län:Blekinge"_s});
    QCOMPARE(filtered.exitCode, 0);
    const QJsonArray inBlekinge = QJsonDocument::fromJson(filtered.out).array();
    QVERIFY(!inBlekinge.isEmpty());
    QVERIFY(inBlekinge.size() < SampleBank::load()->size());
    const Run typo = cli(profile() + QStringList{u"search"_s, u"lnn:Blekinge"_s});
    QCOMPARE(typo.exitCode, 2);

    // The list of a search to a file, every match, with what the list is in its first lines.
    const QString csvPath = m_dir->filePath(u"lista.csv"_s);
    const Run csv =
        cli(profile() + QStringList{u"search"_s, u"äldre län:Blekinge"_s, u"--format"_s, u"csv"_s, u"-o"_s, csvPath});
    QCOMPARE(csv.exitCode, 0);
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csvFile.readAll().mid(3)).split(u"\r\n"_s);
    QCOMPARE(lines.at(1), u"Sökning;äldre"_s);
    QCOMPARE(lines.at(2), u"Filter;län:Blekinge"_s);
    const int count = lines.at(3).section(u';', 1).toInt();
    QVERIFY(count > 0);
    QCOMPARE(lines.size(), 6 + count + 1);
    QVERIFY2(csv.err.contains("Exporterade"), csv.err.constData());

    const QString odsPath = m_dir->filePath(u"lista.ods"_s);
    const Run ods = cli(profile() + QStringList{u"search"_s, u"äldre"_s, u"--format"_s, u"ods"_s, u"-o"_s, odsPath});
    QCOMPARE(ods.exitCode, 0);
    QFile odsFile(odsPath);
    QVERIFY(odsFile.open(QIODevice::ReadOnly));
    QVERIFY(odsFile.readAll().mid(30, 8) == "mimetype");

    const Run unknown = cli(profile() + QStringList{u"search"_s, u"äldre"_s, u"--format"_s, u"xlsx"_s});
    QCOMPARE(unknown.exitCode, 2);
}

void TestCli::showUnknownIdIsNotFound()
{
    const Run r = cli(profile() + QStringList{u"--json"_s, u"show"_s, u"00000000-0000-4000-8000-000000000000"_s});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(QJsonDocument::fromJson(r.err).object().value("error"_L1).toObject().value("code"_L1).toString(),
             u"not_found"_s);
}

void TestCli::searchRanksAndLimits()
{
    const Run r = cli(profile() + QStringList{u"--json"_s, u"search"_s, u"gnestamodellen"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().toObject().value("rank"_L1).toInt(), 1);
    QVERIFY(hits.first().toObject().value("title"_L1).toString().contains(u"Gnesta"_s));
    for (qsizetype i = 1; i < hits.size(); ++i) {
        QVERIFY(hits.at(i - 1).toObject().value("score"_L1).toDouble()
                >= hits.at(i).toObject().value("score"_L1).toDouble());
    }

    // --explain: which fields matched; an acronym finds its spelled-out form through the synonym list.
    const Run explained = cli(profile() + QStringList{u"--json"_s, u"--explain"_s, u"search"_s, u"usk"_s});
    QCOMPARE(explained.exitCode, 0);
    const QJsonObject top = QJsonDocument::fromJson(explained.out).array().first().toObject();
    QVERIFY(top.value("title"_L1).toString().contains(u"Äldreomsorgslyftet"_s));
    QVERIFY(top.value("score"_L1).toDouble() > 0);
    QVERIFY(top.value("matched"_L1).toArray().contains(u"title"_s));
    const Run text = cli(profile() + QStringList{u"--explain"_s, u"search"_s, u"omsorgslyft"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("title, summary"), text.out.constData());

    const Run limited = cli(profile() + QStringList{u"--json"_s, u"--limit"_s, u"2"_s, u"search"_s, u"kommun"_s});
    QCOMPARE(limited.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(limited.out).array().size(), 2);

    const Run none = cli(profile() + QStringList{u"search"_s, u"xyzzyplugh"_s});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.isEmpty());
    // The CLI speaks Swedish unless told otherwise.
    QVERIFY2(none.err.contains("Finns inte i något exempel: xyzzyplugh"), none.err.constData());

    // A question with a typo: the filler words left out, the word corrected, both said on
    // standard error; the list (and the JSON) stays a list of hits.
    const Run typed = cli(profile() + QStringList{u"--json"_s, u"search"_s, u"hur ordnar vi nattilsyn"_s});
    QCOMPARE(typed.exitCode, 0);
    const QJsonArray typedHits = QJsonDocument::fromJson(typed.out).array();
    QVERIFY(!typedHits.isEmpty());
    QVERIFY(typedHits.first().toObject().value("title"_L1).toString().contains(u"nattillsyn"_s));
    QVERIFY2(typed.err.contains("Sökte på ”nattillsyn” i stället för ”nattilsyn”."), typed.err.constData());
    QVERIFY2(typed.err.contains("Sökte utan småorden hur och vi."), typed.err.constData());
}

void TestCli::importThenExportRoundTrips_data()
{
    QTest::addColumn<QString>("format");
    QTest::addRow("jsonl") << u"jsonl"_s;
    QTest::addRow("json") << u"json"_s;
}

void TestCli::importThenExportRoundTrips()
{
    QFETCH(QString, format);
    const QString corpus = m_dir->filePath(u"corpus.jsonl"_s);
    QCOMPARE(cli({u"generate"_s, u"--count"_s, u"50"_s, u"--seed"_s, u"3"_s, u"-o"_s, corpus}).exitCode, 0);
    const QString db = m_dir->filePath(u"bench.sqlite"_s);
    const Run imported = cli({u"--db"_s, db, u"--json"_s, u"import"_s, corpus});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(imported.out).object().value("imported"_L1).toInt(), 50);

    const QString exported = m_dir->filePath(u"export."_s + format);
    QCOMPARE(cli({u"--db"_s, db, u"export"_s, u"--format"_s, format, u"-o"_s, exported}).exitCode, 0);
    // Re-importing the export into a fresh replica and exporting again gives the same bytes.
    const QString db2 = m_dir->filePath(u"again.sqlite"_s);
    QCOMPARE(cli({u"--db"_s, db2, u"import"_s, exported}).exitCode, 0);
    const Run first = cli({u"--db"_s, db, u"export"_s});
    const Run second = cli({u"--db"_s, db2, u"export"_s});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out.count('\n'), 50);
    QCOMPARE(second.out, first.out);
}

void TestCli::importRejectsBadFileAndChangesNothing()
{
    const QString file = m_dir->filePath(u"bad.jsonl"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(Test::validCase().toCanonicalJson() + "\n{\"id\":\"x\",\"title\":\"\xc3\x28\"}\n");
    f.close();
    const QString db = m_dir->filePath(u"r.sqlite"_s);
    const Run r = cli({u"--db"_s, db, u"import"_s, file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(QString::fromUtf8(r.err).contains(u"bad.jsonl:2"_s));
    QVERIFY(QString::fromUtf8(r.err).contains(u"UTF-8"_s));
    const Run list = cli({u"--db"_s, db, u"--json"_s, u"list"_s});
    // Import refused, and the replica still opens; a replica that got an import attempt is not
    // "new" any more only if something was written, so it shows the sample bank.
    QCOMPARE(list.exitCode, 0);
    const QJsonArray ids = QJsonDocument::fromJson(list.out).array();
    QVERIFY(std::none_of(ids.begin(), ids.end(), [](const QJsonValue &v) {
        return v.toObject().value("id"_L1).toString() == Test::validCase().id;
    }));

    QCOMPARE(cli({u"--db"_s, db, u"import"_s, m_dir->filePath(u"saknas.jsonl"_s)}).exitCode, 1);
}

void TestCli::killedImportLeavesReplicaWhole()
{
    // A process killed mid-import (SIGKILL: no cleanup runs) leaves either no case or every case
    // of the file, and a replica that opens and passes SQLite's integrity check.
    const QString corpus = m_dir->filePath(u"corpus.jsonl"_s);
    QCOMPARE(cli({u"generate"_s, u"--count"_s, u"4000"_s, u"--seed"_s, u"5"_s, u"-o"_s, corpus}).exitCode, 0);
    const QString db = m_dir->filePath(u"killed.sqlite"_s);
    for (const int killAfterMs : {150, 600, 1200}) {
        QFile::remove(db);
        QProcess p;
        p.start(QStringLiteral(FB_CLI_PATH), {u"--db"_s, db, u"import"_s, corpus});
        QVERIFY(p.waitForStarted());
        QTest::qWait(killAfterMs);
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        const Run list = cli({u"--db"_s, db, u"--json"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        const qsizetype n = QJsonDocument::fromJson(list.out).array().size();
        // 0 cases: killed before the commit, so the untouched replica opens on the sample bank.
        QVERIFY2(n == sampleCases() || n == 4000, qPrintable(QString::number(n)));
        QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        {
            check.setDatabaseName(db);
            QVERIFY(check.open());
            // The check reads the text index, which needs its tokenizer.
            QVERIFY(SwedishTokenizer::registerWith(check));
            QSqlQuery q(check);
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
            check.close();
        }
        check = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
    }
}

void TestCli::generateIsDeterministic()
{
    const Run a = cli({u"generate"_s, u"--count"_s, u"20"_s, u"--seed"_s, u"42"_s});
    const Run b = cli({u"generate"_s, u"--count"_s, u"20"_s, u"--seed"_s, u"42"_s});
    const Run c = cli({u"generate"_s, u"--count"_s, u"20"_s, u"--seed"_s, u"43"_s});
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(a.out, b.out);
    QVERIFY(a.out != c.out);
    const QList<QByteArray> lines = a.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 20);
    for (const QByteArray &line : lines) {
        QVERIFY(line.size() >= 3000 && line.size() <= 6000);
        QVERIFY(CaseRecord::fromJson(line).ok());
    }
}

void TestCli::exportDecisionDocument()
{
    const CaseRecord first = SampleBank::load()->first();
    const QString pdf = m_dir->filePath(u"beslut.pdf"_s);
    // Without a display and without QT_QPA_PLATFORM, as in a cron job: the CLI picks the offscreen
    // platform itself (the platform the system would pick would abort without a display).
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const QByteArray display = qgetenv("DISPLAY");
    qunsetenv("QT_QPA_PLATFORM");
    qunsetenv("DISPLAY");
    const Run r = cli(profile() + QStringList{u"export"_s, first.id, u"--format"_s, u"pdf"_s, u"-o"_s, pdf});
    qputenv("QT_QPA_PLATFORM", platform);
    if (!display.isEmpty()) {
        qputenv("DISPLAY", display);
    }
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QProcess text;
    text.start(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    QVERIFY(text.waitForFinished(30000));
    QCOMPARE(text.exitCode(), 0);
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    for (const QString &e : {first.title,
                             u"Framgångsbanken"_s,
                             QDate::currentDate().toString(Qt::ISODate),
                             first.owner.name,
                             u"I drift"_s,
                             u"Fallgropar"_s}) {
        QVERIFY2(words.contains(e), qPrintable(e + u"\n"_s + words));
    }

    // PDF is the default; Markdown goes to standard output.
    const QString plain = m_dir->filePath(u"standard.pdf"_s);
    QCOMPARE(cli(profile() + QStringList{u"export"_s, first.id, u"-o"_s, plain}).exitCode, 0);
    QFile standard(plain);
    QVERIFY(standard.open(QIODevice::ReadOnly));
    QVERIFY(standard.read(5) == "%PDF-");
    const Run md =
        cli(profile() + QStringList{u"--language"_s, u"en"_s, u"export"_s, first.id, u"--format"_s, u"md"_s});
    QCOMPARE(md.exitCode, 0);
    QVERIFY(QString::fromUtf8(md.out).contains(u"\n# "_s + first.title + u'\n'));
    QVERIFY(QString::fromUtf8(md.out).contains(u"## Pitfalls\n"_s));
    const Run odt =
        cli(profile() + QStringList{u"export"_s, first.id, u"--format=odt"_s, u"-o"_s, m_dir->filePath(u"b.odt"_s)});
    QCOMPARE(odt.exitCode, 0);
    QFile odtFile(m_dir->filePath(u"b.odt"_s));
    QVERIFY(odtFile.open(QIODevice::ReadOnly));
    QVERIFY(odtFile.read(4) == "PK\x03\x04");
}

void TestCli::exportDecisionDocumentErrors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");
    const QString first = SampleBank::load()->first().id;
    QTest::addRow("unknown id") << u"00000000-0000-4000-8000-000000000000"_s << u"pdf"_s << u"x.pdf"_s << 4
                                << u"not_found"_s;
    QTest::addRow("unknown format") << first << u"docx"_s << u"x.docx"_s << 2 << u"usage_error"_s;
    QTest::addRow("unwritable file") << first << u"pdf"_s << u"saknas/x.pdf"_s << 1 << u"file_write_failed"_s;
}

void TestCli::exportDecisionDocumentErrors()
{
    QFETCH(QString, id);
    QFETCH(QString, format);
    QFETCH(QString, output);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    const QString path = m_dir->filePath(output);
    const Run r = cli(profile() + QStringList{u"--json"_s, u"export"_s, id, u"--format"_s, format, u"-o"_s, path});
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(QJsonDocument::fromJson(r.err).object().value("error"_L1).toObject().value("code"_L1).toString(), code);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestCli::exportSeveralCasesSideBySide()
{
    const QList<CaseRecord> sample = SampleBank::load().value();
    const CaseRecord a = sample.at(0);
    const CaseRecord b = sample.at(1);
    const Run md =
        cli(profile()
            + QStringList{u"export"_s, a.id, b.id, u"--format"_s, u"md"_s, u"--sections"_s, u"solution,obstacles"_s});
    QVERIFY2(md.exitCode == 0, md.err.constData());
    const QString text = QString::fromUtf8(md.out);
    QVERIFY2(text.contains(u"| | "_s + a.title + u" | "_s + b.title + u" |"_s), qPrintable(text.left(2000)));
    QVERIFY(text.contains(u"### Lösning\n"_s));
    QVERIFY(!text.contains(u"### Fallgropar\n"_s)); // not asked for
    // A PDF of the same, read back.
    const QString pdf = m_dir->filePath(u"jamforelse.pdf"_s);
    const Run r = cli(profile() + QStringList{u"export"_s, a.id, b.id, u"-o"_s, pdf});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QProcess words;
    words.start(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    QVERIFY(words.waitForFinished(30000));
    const QString read = QString::fromUtf8(words.readAllStandardOutput()).simplified();
    QVERIFY2(read.contains(u"2 exempel jämförda"_s), qPrintable(read.left(2000)));
    // Too many cases, or a section that does not exist: a usage error, nothing written.
    QStringList six{u"export"_s};
    for (int i = 0; i < 6; ++i) {
        six.append(sample.at(i).id);
    }
    QCOMPARE(cli(profile() + six + QStringList{u"--format"_s, u"md"_s}).exitCode, 2);
    const Run unknown =
        cli(profile() + QStringList{u"export"_s, a.id, b.id, u"--format"_s, u"md"_s, u"--sections"_s, u"budget"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("budget"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("no command") << QStringList{};
    QTest::addRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::addRow("missing id") << QStringList{u"show"_s};
    QTest::addRow("bad format") << QStringList{u"export"_s, u"--format"_s, u"pdf"_s};
    QTest::addRow("bad count") << QStringList{u"generate"_s, u"--count"_s, u"många"_s};
    QTest::addRow("bad limit") << QStringList{u"--limit"_s, u"0"_s, u"search"_s, u"x"_s};
    QTest::addRow("unknown option") << QStringList{u"--frob"_s, u"list"_s};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = cli(profile() + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

void TestCli::dbAndProfileAreExclusive()
{
    const Run r = cli(profile() + QStringList{u"--db"_s, m_dir->filePath(u"x.sqlite"_s), u"list"_s});
    QCOMPARE(r.exitCode, 2);
}

void TestCli::attachRefusesFileOverTheLimit()
{
    // The same rule as the app's editor (ReplicaEditor): over Attachment::MaxBytes is refused,
    // nothing is copied into the profile and the case is left as it was.
    const CaseRecord first = SampleBank::load()->first();
    QFile big(m_dir->filePath(u"stor.pdf"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(Attachment::MaxBytes + 1)); // sparse: no 50 MB written
    big.close();
    const Run r = cli(profile() + QStringList{u"--json"_s, u"attach"_s, first.id, big.fileName()});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(r.err).object().value("error"_L1).toObject().value("code"_L1).toString(),
             u"file_too_large"_s);
    const Run shown = cli(profile() + QStringList{u"--json"_s, u"show"_s, first.id});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(CaseRecord::fromJson(shown.out)->attachments, first.attachments);
    QVERIFY(QDir(m_dir->filePath(u"profile/blobs"_s)).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());

    // At the limit it is taken.
    QVERIFY(big.resize(Attachment::MaxBytes));
    const Run taken = cli(profile() + QStringList{u"--json"_s, u"attach"_s, first.id, big.fileName()});
    QCOMPARE(taken.exitCode, 0);
    const Run after = cli(profile() + QStringList{u"--json"_s, u"show"_s, first.id});
    QCOMPARE(CaseRecord::fromJson(after.out)->attachments.size(), first.attachments.size() + 1);
}

void TestCli::archiveShowsWhatWasThrownAway()
{
    QCOMPARE(cli(profile() + QStringList{u"archive"_s}).exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(cli(profile() + QStringList{u"--json"_s, u"archive"_s}).out).array().size(), 0);
    const QString id = QJsonDocument::fromJson(cli(profile() + QStringList{u"--json"_s, u"list"_s}).out)
                           .array()
                           .first()
                           .toObject()
                           .value("id"_L1)
                           .toString();
    QCOMPARE(cli(profile() + QStringList{u"update"_s, id, u"--set"_s, u"summary=En mening som ångrades."_s}).exitCode,
             0);
    QCOMPARE(cli(profile() + QStringList{u"revert"_s, id}).exitCode, 0);
    const QJsonArray archived =
        QJsonDocument::fromJson(cli(profile() + QStringList{u"--json"_s, u"archive"_s}).out).array();
    QCOMPARE(archived.size(), 1);
    QCOMPARE(archived.first().toObject().value("case_id"_L1).toString(), id);
    QVERIFY(QJsonDocument(archived).toJson().contains("En mening som ångrades."));
    const Run text = cli(profile() + QStringList{u"archive"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(id.toUtf8()), text.out.constData());
}

void TestCli::updateBesideAnotherProgramKeepsItsSave()
{
    // The app and the CLI on one profile: `update` read the case, the app stored an edit of it,
    // and the CLI stored its whole case on top, without the app's edit. Here the app's save is
    // under way (its write transaction open) while the CLI starts.
    const Run list = cli(profile() + QStringList{u"--json"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    const QString id = QJsonDocument::fromJson(list.out).array().first().toObject().value("id"_L1).toString();
    auto store =
        CaseStore::open(m_dir->filePath(u"profile/replica.sqlite"_s), Test::vocabularies(), Test::referenceData())
            .value();
    QProcess update;
    update.setProcessEnvironment(m_tools->cliEnvironment());
    auto saved = store->transaction([&]() -> Result<void> {
        update.start(QStringLiteral(FB_CLI_PATH),
                     QStringList{u"--language"_s, u"sv"_s} + profile()
                         + QStringList{u"update"_s, id, u"--set"_s, u"summary=Från terminalen."_s});
        QThread::msleep(1500); // the CLI starts and reaches the replica meanwhile
        auto c = store->get(id);
        if (!c) {
            return c.error();
        }
        c->title = u"Från appen"_s;
        SyncLedger ledger(*store);
        return LocalEdits(ledger).save(*c);
    });
    QVERIFY(saved.ok());
    QVERIFY(update.waitForFinished(30000));
    QCOMPARE(update.exitCode(), 0);
    const QJsonObject shown =
        QJsonDocument::fromJson(cli(profile() + QStringList{u"--json"_s, u"show"_s, id}).out).object();
    QCOMPARE(shown.value("title"_L1).toString(), u"Från appen"_s);
    QCOMPARE(shown.value("summary"_L1).toString(), u"Från terminalen."_s);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
