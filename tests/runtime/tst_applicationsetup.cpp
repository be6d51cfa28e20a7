#include "applicationsetup.h"
#include "errormessages.h"

#include <QLocale>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestApplicationSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chosenLanguage_data();
    void chosenLanguage();
};

void TestApplicationSetup::chosenLanguage_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("diskFull");
    QTest::addColumn<QLocale::Language>("locale");
    QTest::addRow("swedish") << u"sv"_s << Language::Swedish
                             << u"Disken är full. Inget har sparats. Frigör utrymme och försök igen."_s
                             << QLocale::Swedish;
    QTest::addRow("english") << u"en"_s << Language::English
                             << u"The disk is full. Nothing was saved; free some space and try again."_s
                             << QLocale::English;
}

void TestApplicationSetup::chosenLanguage()
{
    QFETCH(QString, setting);
    QFETCH(Language, language);
    QFETCH(QString, diskFull);
    QFETCH(QLocale::Language, locale);
    QCOMPARE(ApplicationSetup::installTranslators(*QCoreApplication::instance(), setting), language);
    // The translation is installed: messages come in the chosen language...
    QCOMPARE(ErrorMessages::text(Error{ErrorCode::DiskFull, {}, {}}), diskFull);
    // ...and dates and numbers follow Swedish conventions in both (the country stays Sweden).
    QCOMPARE(QLocale().language(), locale);
    QCOMPARE(QLocale().territory(), QLocale::Sweden);
    // Qt's own strings too, so standard dialogs speak the same language: the standard buttons
    // (carried in our catalogue) and Qt's older catalogue (other dialogs).
    const bool swedish = setting == "sv"_L1;
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), swedish ? u"Avbryt"_s : u"Cancel"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), swedish ? u"&Ja"_s : u"&Yes"_s);
    QCOMPARE(QCoreApplication::translate("QMessageBox", "About Qt"), swedish ? u"Om Qt"_s : u"About Qt"_s);
}

QTEST_GUILESS_MAIN(TestApplicationSetup)
#include "tst_applicationsetup.moc"
