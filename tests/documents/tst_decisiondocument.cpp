#include "decisiondocument.h"
#include "fixtures.h"
#include "samplebank.h"
#include "ziparchive.h"

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Fb;

// Decision documents written for real and read back as a reader would: PDF with poppler's tools,
// ODT by unpacking it.
class TestDecisionDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void formatNames_data();
    void formatNames();
    void pdfShowsTheCase_data();
    void pdfShowsTheCase();
    void pdfPagesHaveFooters();
    void sampleCasesFitOnAboutOnePage();
    void emptyFieldsLeaveNoHeading_data();
    void emptyFieldsLeaveNoHeading();
    void minimalCaseHasOnlyHeadAndTitle();
    void noEmptyParagraphs_data();
    void noEmptyParagraphs();
    void odtIsAZipWithTheCase();
    void markdownHasTheSections_data();
    void markdownHasTheSections();
    void caseTextIsNeverMarkup();
    void markdownKeepsHtmlAsText_data();
    void markdownKeepsHtmlAsText();
    void failedWriteIsAnError();
    void writesEverySampleCase();
    void severalCasesSideBySide_data();
    void severalCasesSideBySide();

private:
    // The case of the fixtures with every section a decision document shows.
    static CaseRecord fullCase();
    static QByteArray write(const CaseRecord &record, DecisionDocument::Format format, Language language);
    // Runs a poppler tool on bytes saved to a file (the "{}" argument); its standard output.
    QString tool(const QString &program, const QStringList &arguments, const QByteArray &file, int *exitCode = nullptr);

    QString pdfText(const QByteArray &pdf)
    {
        return tool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, u"{}"_s, u"-"_s}, pdf);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    const QDate m_date{2025, 3, 14};
};

void TestDecisionDocument::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CaseRecord TestDecisionDocument::fullCase()
{
    CaseRecord c = Test::validCase();
    c.reviewState = u"publicerad"_s;
    c.lastVerifiedAt = u"2024-11-01"_s;
    c.nextReviewDue = u"2025-11-01"_s;
    c.sections.insert(u"costs"_s, u"Två tjänster, **1,2 miljoner kronor** per år."_s);
    c.sections.insert(u"results"_s, u"- Färre anmälningar\n- Fler unga i arbete"_s);
    c.sections.insert(u"success_factors"_s, u"Tydligt uppdrag från kommunstyrelsen."_s);
    c.studyVisit.notes = u"Kom gärna en torsdag."_s;
    return c;
}

QByteArray TestDecisionDocument::write(const CaseRecord &record, DecisionDocument::Format format, Language language)
{
    const DecisionDocument document(Test::vocabularies(), Test::referenceData(), language);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const auto written = document.write(record, format, QDate(2025, 3, 14), out);
    if (!written) {
        qWarning() << "write failed:" << written.error().detail;
        return {};
    }
    return out.data();
}

QString
TestDecisionDocument::tool(const QString &program, const QStringList &arguments, const QByteArray &file, int *exitCode)
{
    const QString path = m_dir->filePath(u"document"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(file) != file.size()) {
        return {};
    }
    f.close();
    const QString executable = QStandardPaths::findExecutable(program);
    if (executable.isEmpty()) {
        qWarning() << program << "is missing: it comes with tools/packages.txt";
        return {};
    }
    QProcess p;
    QStringList withPath = arguments;
    withPath.replaceInStrings(u"{}"_s, path);
    p.start(executable, withPath);
    if (!p.waitForFinished(30000)) {
        return {};
    }
    if (exitCode) {
        *exitCode = p.exitCode();
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestDecisionDocument::formatNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format"); // -1: unknown
    QTest::addRow("pdf") << u"pdf"_s << int(DecisionDocument::Format::Pdf);
    QTest::addRow("odt") << u"odt"_s << int(DecisionDocument::Format::Odt);
    QTest::addRow("markdown") << u"markdown"_s << int(DecisionDocument::Format::Markdown);
    QTest::addRow("md") << u"md"_s << int(DecisionDocument::Format::Markdown);
    QTest::addRow("jsonl") << u"jsonl"_s << -1;
    QTest::addRow("docx") << u"docx"_s << -1;
    QTest::addRow("empty") << QString() << -1;
}

void TestDecisionDocument::formatNames()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    const auto parsed = DecisionDocument::formatFromName(name);
    QCOMPARE(parsed ? int(*parsed) : -1, format);
    if (parsed) {
        QCOMPARE(DecisionDocument::formatFromName(DecisionDocument::fileSuffix(*parsed)), parsed);
    }
}

void TestDecisionDocument::pdfShowsTheCase_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    // The texts of the case and the bank's vocabularies, in either language. (The document's own
    // labels come through tr(): English here, Swedish with the app's catalogue installed.)
    const QStringList common{u"Framgångsbanken"_s,
                             u"2025-03-14"_s,
                             u"Trygghetsvärdar i Ronneby"_s,
                             u"Kommunen och bostadsbolaget anställer unga som trygghetsvärdar"_s,
                             u"Ronneby kommun"_s,
                             u"Ronneby, Blekinge län"_s,
                             u"2021-03"_s,
                             u"Svårt att rekrytera till kvällspass."_s,
                             u"Två tjänster, 1,2 miljoner kronor per år."_s,
                             u"Färre anmälningar"_s,
                             u"Tydligt uppdrag från kommunstyrelsen."_s,
                             u"Trygghetssamordnare, Ronneby kommun, trygghet@ronneby.example.se"_s,
                             u"Kom gärna en torsdag."_s,
                             u"SKR: https://skr.se/"_s};
    QTest::addRow("swedish") << Language::Swedish
                             << common
            + QStringList{u"Status I drift"_s,
                          u"Livscykelfas 4 Genomföra"_s,
                          u"Evidensnivå 2 Uppföljd förändring"_s,
                          u"Granskningsstatus Publicerad"_s,
                          u"Aktualitet confirmed by its owner on 2024-11-01, next review by 2025-11-01"_s,
                          u"Kostnader och finansiering"_s,
                          u"Resultat"_s,
                          u"Fallgropar"_s,
                          u"Framgångsfaktorer"_s,
                          u"På plats, Digitalt"_s}
                             << QStringList{u"In operation"_s, u"Pitfalls"_s, u"Problem och sammanhang"_s};
    QTest::addRow("english") << Language::English
                             << common
            + QStringList{u"Decision document · 2025-03-14"_s,
                          u"Organisation Ronneby kommun"_s,
                          u"Status In operation"_s,
                          u"Lifecycle stage 4 Implement"_s,
                          u"Evidence level 2 Measured change"_s,
                          u"A change was measured before and after, without comparison."_s,
                          u"Proven experience 4 years in operation"_s,
                          u"Review state Published"_s,
                          u"Freshness confirmed by its owner on 2024-11-01, next review by 2025-11-01"_s,
                          u"Costs and funding"_s,
                          u"Results"_s,
                          u"Pitfalls"_s,
                          u"Success factors"_s,
                          u"Contacts"_s,
                          u"Study visits"_s,
                          u"Open for study visits."_s,
                          u"Format: On site, Digital"_s,
                          u"Largest group: 15"_s,
                          u"Page 1 of 1"_s}
                             << QStringList{u"I drift"_s, u"Fallgropar"_s, u"Problem and context"_s};
}

void TestDecisionDocument::pdfShowsTheCase()
{
    QFETCH(Language, language);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const QByteArray pdf = write(fullCase(), DecisionDocument::Format::Pdf, language);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));

    int exitCode = -1;
    const QString info = tool(u"pdfinfo"_s, {u"{}"_s}, pdf, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(info.contains(u"(A4)"_s), qPrintable(info));
    QVERIFY2(QRegularExpression(u"^Title:\\s+Trygghetsvärdar i Ronneby$"_s, QRegularExpression::MultilineOption)
                 .match(info)
                 .hasMatch(),
             qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(u"^Pages:\\s+1$"_s, QRegularExpression::MultilineOption)),
             qPrintable(info));

    // Line breaks depend on the layout; the words and their order do not.
    const QString text = pdfText(pdf).simplified();
    for (const QString &e : expected) {
        QVERIFY2(text.contains(e), qPrintable(u"missing: "_s + e + u"\n"_s + text));
    }
    for (const QString &a : absent) {
        QVERIFY2(!text.contains(a), qPrintable(u"unexpected: "_s + a + u"\n"_s + text));
    }
    // The head comes first, then the title, the facts, the sections in their order.
    QVERIFY(text.indexOf(u"Framgångsbanken"_s) < text.indexOf(u"Trygghetsvärdar i Ronneby"_s));
    QVERIFY(text.indexOf(u"Två tjänster"_s) < text.indexOf(u"Färre anmälningar"_s));
    QVERIFY(text.indexOf(u"Färre anmälningar"_s) < text.indexOf(u"Svårt att rekrytera"_s));
    QVERIFY(text.indexOf(u"Svårt att rekrytera"_s) < text.indexOf(u"Tydligt uppdrag"_s));
}

void TestDecisionDocument::pdfPagesHaveFooters()
{
    CaseRecord c = fullCase();
    QStringList paragraphs;
    for (int i = 1; i <= 40; ++i) {
        paragraphs.append(u"Stycke %1 om vad som hände när arbetet växte och fler förvaltningar kom med."_s.arg(i));
    }
    c.sections.insert(u"results"_s, paragraphs.join(u"\n\n"_s));
    const QByteArray pdf = write(c, DecisionDocument::Format::Pdf, Language::English);
    int exitCode = -1;
    const QString info = tool(u"pdfinfo"_s, {u"{}"_s}, pdf, &exitCode);
    QCOMPARE(exitCode, 0);
    const auto pages = QRegularExpression(u"^Pages:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption).match(info);
    QVERIFY(pages.hasMatch());
    const int count = pages.captured(1).toInt();
    QVERIFY2(count >= 2, qPrintable(info));
    for (int page = 1; page <= count; ++page) {
        const QString pageText = tool(u"pdftotext"_s,
                                      {u"-enc"_s,
                                       u"UTF-8"_s,
                                       u"-f"_s,
                                       QString::number(page),
                                       u"-l"_s,
                                       QString::number(page),
                                       u"{}"_s,
                                       u"-"_s},
                                      pdf)
                                     .simplified();
        QVERIFY2(pageText.contains(u"Page %1 of %2"_s.arg(page).arg(count)), qPrintable(pageText));
        QVERIFY(pageText.contains(u"Framgångsbanken · Decision document · 2025-03-14"_s));
    }
    // No paragraph is lost or doubled at a page break.
    const QString text = pdfText(pdf).simplified();
    for (int i = 1; i <= 40; ++i) {
        QCOMPARE(text.count(u"Stycke %1 om vad"_s.arg(i)), 1);
    }
}

void TestDecisionDocument::sampleCasesFitOnAboutOnePage()
{
    // The sample bank's cases are full, realistic cases: "one page plus" means at most two.
    const auto sample = SampleBank::load();
    QVERIFY(sample.ok());
    QVERIFY(!sample->isEmpty());
    for (const CaseRecord &c : *sample) {
        const QByteArray pdf = write(c, DecisionDocument::Format::Pdf, Language::Swedish);
        const QString info = tool(u"pdfinfo"_s, {u"{}"_s}, pdf);
        const auto pages = QRegularExpression(u"^Pages:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption).match(info);
        QVERIFY2(pages.hasMatch(), qPrintable(c.title));
        QVERIFY2(pages.captured(1).toInt() <= 2, qPrintable(c.title + u": "_s + pages.captured(1)));
        QVERIFY2(pdfText(pdf).simplified().contains(c.title.simplified()), qPrintable(c.title));
    }
}

void TestDecisionDocument::emptyFieldsLeaveNoHeading_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("heading");
    QTest::addRow("costs") << u"costs"_s << u"Costs and funding"_s;
    QTest::addRow("results") << u"results"_s << u"Results"_s;
    QTest::addRow("pitfalls") << u"pitfalls"_s << u"Pitfalls"_s;
    QTest::addRow("success factors") << u"success_factors"_s << u"Success factors"_s;
    QTest::addRow("contacts") << u"contacts"_s << u"Contacts"_s;
    QTest::addRow("study visit closed") << u"study_visit"_s << u"Study visits"_s;
    QTest::addRow("links") << u"links"_s << u"Links"_s;
    QTest::addRow("evidence level") << u"evidence_level"_s << u"Evidence level"_s;
    QTest::addRow("review state") << u"review_state"_s << u"Review state"_s;
    QTest::addRow("owner") << u"owner"_s << u"Organisation"_s;
    QTest::addRow("place") << u"place"_s << u"Place"_s;
}

void TestDecisionDocument::emptyFieldsLeaveNoHeading()
{
    QFETCH(QString, field);
    QFETCH(QString, heading);
    CaseRecord c = fullCase();
    const DecisionDocument document(Test::vocabularies(), Test::referenceData(), Language::English);
    const auto hasHeading = [&](const CaseRecord &record) {
        const auto rich = document.toTextDocument(record, m_date);
        bool inRich = false;
        for (QTextBlock b = rich->begin(); b.isValid(); b = b.next()) {
            inRich = inRich || b.text() == heading;
        }
        // Facts are table cells: a cell of its own.
        const QString md = document.toMarkdown(record, m_date);
        const bool inMarkdown = md.contains(u"## "_s + heading + u'\n') || md.contains(u"- **"_s + heading + u":**"_s);
        if (inRich != inMarkdown) {
            qWarning() << "rich text and Markdown disagree about" << heading;
        }
        return inRich && inMarkdown;
    };
    QVERIFY(hasHeading(c));
    if (field == "contacts"_L1) {
        c.contacts = {Contact{}}; // present but empty
    } else if (field == "study_visit"_L1) {
        c.studyVisit.open = false;
    } else if (field == "links"_L1) {
        c.links = {Link{u"Bara en titel"_s, u"  "_s, {}}};
    } else if (field == "evidence_level"_L1) {
        c.evidenceLevel.reset();
    } else if (field == "review_state"_L1) {
        c.reviewState.clear();
    } else if (field == "owner"_L1) {
        c.owner = Actor{};
    } else if (field == "place"_L1) {
        c.municipalities.clear();
        c.regions.clear();
    } else {
        c.sections.insert(field, u"  \n\n "_s); // whitespace only is empty
    }
    QVERIFY(!hasHeading(c));
    // The rest of the document is still there.
    QVERIFY(document.toMarkdown(c, m_date).contains(u"# Trygghetsvärdar i Ronneby\n"_s));
}

void TestDecisionDocument::minimalCaseHasOnlyHeadAndTitle()
{
    CaseRecord c;
    c.id = Test::validCase().id;
    c.title = u"Bara en titel"_s;
    const DecisionDocument document(Test::vocabularies(), Test::referenceData(), Language::English);
    QCOMPARE(document.toMarkdown(c, m_date),
             u"**Framgångsbanken** · Decision document · 2025-03-14\n\n# Bara en titel\n\n"_s);
    const auto rich = document.toTextDocument(c, m_date);
    QCOMPARE(rich->toPlainText(), u"Framgångsbanken\nDecision document · 2025-03-14\nBara en titel"_s);
    const QString text = pdfText(write(c, DecisionDocument::Format::Pdf, Language::English)).simplified();
    QCOMPARE(text,
             u"Framgångsbanken Decision document · 2025-03-14 Bara en titel "
             u"Framgångsbanken · Decision document · 2025-03-14 Page 1 of 1"_s);
}

void TestDecisionDocument::noEmptyParagraphs_data()
{
    QTest::addColumn<QString>("pitfalls");
    QTest::addRow("paragraph") << u"Ett stycke."_s;
    QTest::addRow("list first") << u"- **Ett.** Första\n- Två"_s;
    QTest::addRow("numbered list first") << u"1. Ett\n2. Två\n\nSedan text."_s;
    QTest::addRow("heading first") << u"### Rubrik\n\nText."_s;
    QTest::addRow("quote first") << u"> Citat\n\nText."_s;
}

void TestDecisionDocument::noEmptyParagraphs()
{
    // An empty paragraph is a gap on the page that says nothing.
    QFETCH(QString, pitfalls);
    CaseRecord c = fullCase();
    c.sections.insert(u"pitfalls"_s, pitfalls);
    c.sections.insert(u"success_factors"_s, pitfalls);
    const DecisionDocument document(Test::vocabularies(), Test::referenceData(), Language::English);
    const auto rich = document.toTextDocument(c, m_date);
    for (QTextBlock b = rich->begin(); b.isValid(); b = b.next()) {
        if (QTextCursor(b).currentTable()) {
            continue;
        }
        // The block a table ends with, before the next heading, is the one exception Qt makes.
        QVERIFY2(!b.text().isEmpty() || QTextCursor(b.previous()).currentTable(),
                 qPrintable(u"empty block after: "_s + b.previous().text()));
    }
    QVERIFY(rich->toPlainText().contains(u"Pitfalls\n"_s));
}

void TestDecisionDocument::odtIsAZipWithTheCase()
{
    const QByteArray odt = write(fullCase(), DecisionDocument::Format::Odt, Language::Swedish);
    const Test::ZipArchive zip(odt);
    QVERIFY(zip.isValid());
    // ODF: the first member is the MIME type, stored, so a reader can tell the kind at a glance.
    QCOMPARE(zip.names().value(0), u"mimetype"_s);
    QCOMPARE(zip.member(u"mimetype"_s), QByteArray("application/vnd.oasis.opendocument.text"));
    QVERIFY(zip.names().contains(u"META-INF/manifest.xml"_s));
    const auto content = zip.member(u"content.xml"_s);
    QVERIFY(content);
    const QString xml = QString::fromUtf8(*content);
    QVERIFY(xml.contains(u"<office:document-content"_s));
    for (const QString &e : {u"Trygghetsvärdar i Ronneby"_s,
                             u"Framgångsbanken"_s,
                             u"Ronneby kommun"_s,
                             u"I drift"_s,
                             u"Fallgropar"_s,
                             u"Svårt att rekrytera till kvällspass."_s}) {
        QVERIFY2(xml.contains(e), qPrintable(e));
    }
    // The reader is strict: damaged bytes are refused, not read as something else.
    QByteArray damaged = odt;
    const qsizetype at = damaged.indexOf("content.xml") + 40;
    damaged[at] = char(~damaged.at(at));
    QVERIFY(Test::ZipArchive(damaged).member(u"content.xml"_s) != content);
}

void TestDecisionDocument::markdownHasTheSections_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("swedish") << Language::Swedish
                             << QStringList{u"# Trygghetsvärdar i Ronneby\n"_s,
                                            u"- **Status:** I drift\n"_s,
                                            u"- **Evidensnivå:** 2 Uppföljd förändring – "_s,
                                            u"## Kostnader och finansiering\n\nTvå tjänster, **1,2 miljoner kronor**"_s,
                                            u"## Resultat\n\n- Färre anmälningar\n"_s,
                                            u"## Fallgropar\n\nSvårt att rekrytera till kvällspass.\n"_s,
                                            u"## Framgångsfaktorer\n\n"_s,
                                            u"- SKR: <https://skr.se/>\n"_s};
    QTest::addRow("english") << Language::English
                             << QStringList{u"**Framgångsbanken** · Decision document · 2025-03-14\n\n"_s,
                                            u"- **Organisation:** Ronneby kommun\n"_s,
                                            u"- **Place:** Ronneby, Blekinge län\n"_s,
                                            u"## Costs and funding\n\n"_s,
                                            u"## Pitfalls\n\n"_s,
                                            u"## Contacts\n\n- Trygghetssamordnare, Ronneby kommun, "_s,
                                            u"## Study visits\n\nOpen for study visits.\n\n- **Format:** On site, "
                                            u"Digital\n"_s};
}

void TestDecisionDocument::markdownHasTheSections()
{
    QFETCH(Language, language);
    QFETCH(QStringList, expected);
    const QString md = QString::fromUtf8(write(fullCase(), DecisionDocument::Format::Markdown, language));
    for (const QString &e : expected) {
        QVERIFY2(md.contains(e), qPrintable(u"missing: "_s + e + u"\n"_s + md));
    }
    // The decision's sections only, in the order a reader weighs them.
    QVERIFY(!md.contains(u"Otrygghet i centrum"_s));
    const QStringList order = language == Language::Swedish
        ? QStringList{u"## Kostnader"_s, u"## Resultat"_s, u"## Fallgropar"_s, u"## Framgångsfaktorer"_s}
        : QStringList{u"## Costs"_s, u"## Results"_s, u"## Pitfalls"_s, u"## Success factors"_s};
    for (qsizetype i = 1; i < order.size(); ++i) {
        QVERIFY(md.indexOf(order.at(i - 1)) < md.indexOf(order.at(i)));
    }
}

void TestDecisionDocument::caseTextIsNeverMarkup()
{
    // A listener that would see any attempt to fetch the images below.
    QTcpServer tracker;
    QVERIFY(tracker.listen(QHostAddress::LocalHost));
    const QString remote = u"http://127.0.0.1:%1/pixel.png"_s.arg(tracker.serverPort());
    // And a local picture that must not end up inside a document sent to others.
    const QString local = m_dir->filePath(u"private.png"_s);
    QImage picture(64, 64, QImage::Format_RGB32);
    picture.fill(Qt::red);
    QVERIFY(picture.save(local));

    CaseRecord c = fullCase();
    c.title = u"<h1>Rubrik</h1> & <b>fet</b>"_s;
    c.sections.insert(u"pitfalls"_s,
                      u"<img src=\"%1\"> Se <b>här</b>.\n\n![bild](%2)\n\n<img src=\"%3\">"_s
                          .arg(remote, QUrl::fromLocalFile(local).toString(), local));
    c.contacts = {Contact{u"<script>alert(1)</script>"_s, {}, {}, {}, {}, {}}};

    const DecisionDocument document(Test::vocabularies(), Test::referenceData(), Language::English);
    const auto rich = document.toTextDocument(c, m_date);
    for (QTextBlock b = rich->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            QVERIFY2(!it.fragment().charFormat().isImageFormat(), qPrintable(it.fragment().text()));
        }
    }
    const QString plain = rich->toPlainText();
    QVERIFY(plain.contains(u"<h1>Rubrik</h1> & <b>fet</b>"_s));
    QVERIFY(plain.contains(u"<img src=\"%1\"> Se <b>här</b>."_s.arg(remote)));
    QVERIFY(plain.contains(u"[image: bild <%1>]"_s.arg(QUrl::fromLocalFile(local).toString())));
    QVERIFY(plain.contains(u"<script>alert(1)</script>"_s));

    const QByteArray pdf = write(c, DecisionDocument::Format::Pdf, Language::English);
    const QString text = pdfText(pdf).simplified();
    QVERIFY2(text.contains(u"<h1>Rubrik</h1> & <b>fet</b>"_s), qPrintable(text));
    QVERIFY2(text.contains(u"<img src=\"%1\">"_s.arg(remote)), qPrintable(text));
    int exitCode = -1;
    const QString images = tool(u"pdfimages"_s, {u"-list"_s, u"{}"_s}, pdf, &exitCode);
    QCOMPARE(exitCode, 0);
    // pdfimages -list prints a two-line header and one line per image.
    QCOMPARE(images.trimmed().split(u'\n').size(), 2);

    QVERIFY(!write(c, DecisionDocument::Format::Odt, Language::English).isEmpty());
    QCoreApplication::processEvents();
    QVERIFY(!tracker.hasPendingConnections());
}

void TestDecisionDocument::markdownKeepsHtmlAsText_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("written");
    QTest::addRow("image tag") << u"Se <img src=\"http://x.example/p.png\">"_s
                               << u"Se \\<img src=\"http://x.example/p.png\">"_s;
    QTest::addRow("closing and comment") << u"</div><!-- x -->"_s << u"\\</div>\\<!-- x -->"_s;
    QTest::addRow("escaped stays escaped") << u"\\<b> och \\\\<b>"_s << u"\\<b> och \\\\\\<b>"_s;
    QTest::addRow("autolinks") << u"<https://skr.se/> och <info@skr.se>"_s << u"<https://skr.se/> och <info@skr.se>"_s;
    QTest::addRow("code span") << u"Skriv `<br>` eller ``a ` <b>``"_s << u"Skriv `<br>` eller ``a ` <b>``"_s;
    QTest::addRow("fenced code") << u"```\n<b>\n```\n<b>"_s << u"```\n<b>\n```\n\\<b>"_s;
    QTest::addRow("comparison") << u"a < b och 3<4"_s << u"a < b och 3<4"_s;
}

void TestDecisionDocument::markdownKeepsHtmlAsText()
{
    QFETCH(QString, section);
    QFETCH(QString, written);
    CaseRecord c = fullCase();
    c.sections.insert(u"pitfalls"_s, section);
    const QString md =
        DecisionDocument(Test::vocabularies(), Test::referenceData(), Language::English).toMarkdown(c, m_date);
    QVERIFY2(md.contains(u"## Pitfalls\n\n"_s + written + u"\n\n"_s), qPrintable(md));
    // And a reader's Markdown renderer shows the tags as text.
    QTextDocument rendered;
    rendered.setMarkdown(written);
    QVERIFY2(!rendered.toHtml().contains(u"<img"_s), qPrintable(rendered.toHtml()));
}

void TestDecisionDocument::failedWriteIsAnError()
{
    const DecisionDocument document(Test::vocabularies(), Test::referenceData(), Language::English);
    for (const auto format : {DecisionDocument::Format::Pdf, DecisionDocument::Format::Markdown}) {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        const auto written = document.write(fullCase(), format, m_date, readOnly);
        QVERIFY(!written);
        QCOMPARE(written.code(), ErrorCode::FileWriteFailed);
    }
}

void TestDecisionDocument::writesEverySampleCase()
{
    // Timed in bench/bench_worst_cases; here only that every sample case comes out whole.
    const auto sample = SampleBank::load();
    QVERIFY(sample.ok());
    const DecisionDocument document(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    for (const auto &[format, magic] : {std::pair{DecisionDocument::Format::Pdf, "%PDF-"_ba},
                                        std::pair{DecisionDocument::Format::Odt, "PK\x03\x04"_ba}}) {
        for (const CaseRecord &c : *sample) {
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            QVERIFY(document.write(c, format, m_date, out).ok());
            QVERIFY2(out.data().startsWith(magic), qPrintable(c.id));
        }
    }
}

void TestDecisionDocument::severalCasesSideBySide_data()
{
    QTest::addColumn<DecisionDocument::Format>("format");
    QTest::addRow("pdf") << DecisionDocument::Format::Pdf;
    QTest::addRow("odt") << DecisionDocument::Format::Odt;
    QTest::addRow("markdown") << DecisionDocument::Format::Markdown;
}

void TestDecisionDocument::severalCasesSideBySide()
{
    // Two cases, the sections the user chose (obstacles and solution, which a one-case document
    // leaves out by default), read back as a reader would.
    QFETCH(DecisionDocument::Format, format);
    CaseRecord a = fullCase();
    CaseRecord b = Test::validCase(u"bbbbbbbb-0b7d-4c1e-9a53-2f8e4d6b7c10"_s);
    b.title = u"Fritidsbanken i Torsby"_s;
    b.status = u"pilot"_s;
    b.sections.insert(u"obstacles"_s, u"Lokalen saknade tillgänglighet."_s);
    const DecisionDocument document(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QVERIFY(document.write({a, b}, {u"obstacles"_s, u"solution"_s}, format, m_date, out).ok());
    QString text;
    if (format == DecisionDocument::Format::Pdf) {
        text = pdfText(out.data());
    } else if (format == DecisionDocument::Format::Odt) {
        const auto content = Test::ZipArchive(out.data()).member(u"content.xml"_s);
        QVERIFY(content);
        text = QString::fromUtf8(*content);
    } else {
        text = QString::fromUtf8(out.data());
    }
    QVERIFY(!text.isEmpty());
    // Both cases, the table with a fact that differs, then each case's chosen sections.
    for (const QString &e : {a.title,
                             b.title,
                             u"Pilot/test"_s,
                             u"Hinder (även juridiska)"_s,
                             u"Lokalen saknade tillgänglighet."_s,
                             u"Lösning"_s}) {
        QVERIFY2(text.contains(e), qPrintable(e + u"\n"_s + text.left(3000)));
    }
    // Not chosen: left out.
    QVERIFY(!text.contains(u"Svårt att rekrytera till kvällspass."_s));
    QVERIFY(!text.contains(u"1,2 miljoner kronor"_s));
    // The first case's own part comes before the second's.
    QVERIFY(text.lastIndexOf(a.title) < text.lastIndexOf(b.title));
    if (format == DecisionDocument::Format::Markdown) {
        QVERIFY2(text.contains(u"| | Trygghetsvärdar i Ronneby | Fritidsbanken i Torsby |\n|---|---|---|\n"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"| **Status ≠** | I drift | Pilot/test |"_s));
        QVERIFY(text.contains(u"\n### Hinder (även juridiska)\n"_s));
    }
}

QTEST_MAIN(TestDecisionDocument)
#include "tst_decisiondocument.moc"
