#include "settingsdialog.h"

#include <QComboBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAndStoresTheLanguage_data();
    void showsAndStoresTheLanguage();
    void cancelChangesNothing();
};

void TestSettingsDialog::showsAndStoresTheLanguage_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<int>("shownIndex");
    QTest::addColumn<int>("chosenIndex");
    QTest::addColumn<QString>("expected");
    QTest::addRow("system to English") << QString() << 0 << 2 << u"en"_s;
    QTest::addRow("Swedish to system") << u"sv"_s << 1 << 0 << QString();
    QTest::addRow("unknown value shows system") << u"fi"_s << 0 << 1 << u"sv"_s;
}

void TestSettingsDialog::showsAndStoresTheLanguage()
{
    QFETCH(QString, stored);
    QFETCH(int, shownIndex);
    QFETCH(int, chosenIndex);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    if (!stored.isNull()) {
        settings.setValue(QLatin1StringView(SettingsDialog::LanguageKey), stored);
    }
    SettingsDialog dialog(settings);
    auto *combo = dialog.findChild<QComboBox *>();
    QVERIFY(combo);
    QVERIFY(!combo->accessibleName().isEmpty());
    QCOMPARE(combo->currentIndex(), shownIndex);
    combo->setCurrentIndex(chosenIndex);
    dialog.accept();
    QCOMPARE(settings.value(QLatin1StringView(SettingsDialog::LanguageKey)).toString(), expected);
}

void TestSettingsDialog::cancelChangesNothing()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    settings.setValue(QLatin1StringView(SettingsDialog::LanguageKey), u"sv"_s);
    SettingsDialog dialog(settings);
    dialog.findChild<QComboBox *>()->setCurrentIndex(2);
    dialog.reject();
    QCOMPARE(settings.value(QLatin1StringView(SettingsDialog::LanguageKey)).toString(), u"sv"_s);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
