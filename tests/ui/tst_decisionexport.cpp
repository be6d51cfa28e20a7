#include "decisionexport.h"
#include "fixtures.h"

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Fb;
using namespace Qt::StringLiterals;

// Exporting from the app: the file dialog driven as a user would, the file checked on disk.
class TestDecisionExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void suggestedFileName_data();
    void suggestedFileName();
    void formatOfFile_data();
    void formatOfFile();
    void exportWritesTheChosenFormat_data();
    void exportWritesTheChosenFormat();
    void unwritableFileIsReported();

private:
    // Types a file name and presses Save, as a user does.
    static void typeName(QFileDialog *dialog, const QString &path)
    {
        auto *edit = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        QVERIFY(edit);
        edit->setText(path);
        QMetaObject::invokeMethod(dialog, "accept");
    }

    // Runs action on the next modal dialog of type T once it is shown.
    template<typename T>
    static void whenShown(std::function<void(T *)> action, int attempts = 500)
    {
        QTimer::singleShot(10, qApp, [action, attempts] {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget()); dialog && dialog->isVisible()) {
                action(dialog);
            } else if (attempts > 0) {
                whenShown<T>(action, attempts - 1);
            }
        });
    }
};

void TestDecisionExport::initTestCase()
{
    // The test drives Qt's own dialog, whatever the platform would offer.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
}

void TestDecisionExport::suggestedFileName_data()
{
    QTest::addColumn<QString>("shortName");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");
    QTest::addRow("short name") << u"Trygghetsvärdar"_s << u"Trygghetsvärdar i Ronneby"_s
                                << u"decision-document-Trygghetsvärdar-2025-03-14.pdf"_s;
    QTest::addRow("title when no short name") << QString() << u"Äldre: trygghet & mat / 2024?"_s
                                              << u"decision-document-Äldre-trygghet-mat-2024-2025-03-14.pdf"_s;
    QTest::addRow("nothing usable") << QString() << u"???"_s << u"decision-document-case-2025-03-14.pdf"_s;
    QTest::addRow("long") << QString() << QString(100, u'x')
                          << u"decision-document-"_s + QString(60, u'x') + u"-2025-03-14.pdf"_s;
}

void TestDecisionExport::suggestedFileName()
{
    QFETCH(QString, shortName);
    QFETCH(QString, title);
    QFETCH(QString, expected);
    CaseRecord c = Test::validCase();
    c.shortName = shortName;
    c.title = title;
    QCOMPARE(DecisionExport::suggestedFileName(c, QDate(2025, 3, 14), DecisionDocument::Format::Pdf), expected);
}

void TestDecisionExport::formatOfFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::addRow("pdf") << u"/tmp/a.pdf"_s << int(DecisionDocument::Format::Pdf);
    QTest::addRow("upper case") << u"/tmp/A.PDF"_s << int(DecisionDocument::Format::Pdf);
    QTest::addRow("odt") << u"a.odt"_s << int(DecisionDocument::Format::Odt);
    QTest::addRow("md") << u"a.md"_s << int(DecisionDocument::Format::Markdown);
    QTest::addRow("markdown") << u"a.markdown"_s << int(DecisionDocument::Format::Markdown);
    QTest::addRow("no suffix") << u"/tmp/beslut"_s << -1;
    QTest::addRow("other") << u"a.docx"_s << -1;
}

void TestDecisionExport::formatOfFile()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto parsed = DecisionExport::formatOfFile(path);
    QCOMPARE(parsed ? int(*parsed) : -1, format);
}

void TestDecisionExport::exportWritesTheChosenFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("filter"); // index of the name filter to choose
    QTest::addColumn<QString>("written");
    QTest::addColumn<QByteArray>("start");
    QTest::addRow("pdf") << u"beslut.pdf"_s << 0 << u"beslut.pdf"_s << QByteArray("%PDF-");
    QTest::addRow("odt by suffix") << u"beslut.odt"_s << 0 << u"beslut.odt"_s << QByteArray("PK\x03\x04");
    QTest::addRow("markdown by filter") << u"beslut"_s << 2 << u"beslut.md"_s << QByteArray("**Framgångsbanken**");
    QTest::addRow("odt by filter") << u"beslut"_s << 1 << u"beslut.odt"_s << QByteArray("PK\x03\x04");
}

void TestDecisionExport::exportWritesTheChosenFormat()
{
    QFETCH(QString, fileName);
    QFETCH(int, filter);
    QFETCH(QString, written);
    QFETCH(QByteArray, start);
    QTemporaryDir dir;
    const DecisionDocument document(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    QWidget parent;
    bool shown = false;
    whenShown<QFileDialog>([&](QFileDialog *dialog) {
        shown = true;
        // The suggestion names the case.
        QVERIFY(dialog->selectedFiles().value(0).contains(u"Trygghetsvärdar"_s));
        dialog->selectNameFilter(dialog->nameFilters().at(filter));
        Q_EMIT dialog->filterSelected(dialog->nameFilters().at(filter)); // as the combo box does
        typeName(dialog, dir.filePath(fileName));
    });
    DecisionExport::exportCase(&parent, document, Test::validCase());
    QVERIFY(shown);
    QFile file(dir.filePath(written));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(QDir(dir.path()).entryList(QDir::Files).join(u' ')));
    QVERIFY(file.readAll().startsWith(start));
    // Written atomically: nothing else is left in the folder.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{written});
}

void TestDecisionExport::unwritableFileIsReported()
{
    QTemporaryDir dir;
    // A file where a folder should be: nothing can be saved below it, not even by root.
    QFile plain(dir.filePath(u"plain"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString target = dir.filePath(u"plain/beslut.pdf"_s);
    const DecisionDocument document(Test::vocabularies(), Test::referenceData(), Language::English);
    QWidget parent;
    QString message;
    whenShown<QFileDialog>([&](QFileDialog *dialog) {
        whenShown<QMessageBox>([&](QMessageBox *box) {
            message = box->text();
            box->accept();
        });
        typeName(dialog, target);
    });
    DecisionExport::exportCase(&parent, document, Test::validCase());
    QVERIFY2(message.contains(u"could not be saved"_s), qPrintable(message));
    QVERIFY2(message.contains(target), qPrintable(message));
    QVERIFY(plain.exists());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"plain"_s});
}

QTEST_MAIN(TestDecisionExport)
#include "tst_decisionexport.moc"
