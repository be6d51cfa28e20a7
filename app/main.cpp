#include "applicationsetup.h"
#include "caselistmodel.h"
#include "errormessages.h"
#include "machineconfig.h"
#include "mainwindow.h"
#include "profile.h"
#include "referencedata.h"
#include "replicaservice.h"
#include "screenshottour.h"
#include "settingsdialog.h"
#include "synccontroller.h"
#include "vocabularies.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The icon theme's (installed with the package) or else the PNGs built into the binary.
QIcon appIcon()
{
    QIcon builtIn;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        builtIn.addFile(u":/icons/%1x%1/apps/se.framgangsbanken.Framgangsbank.png"_s.arg(size), QSize(size, size));
    }
    return QIcon::fromTheme(u"se.framgangsbanken.Framgangsbank"_s, builtIn);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"framgangsbank"_s);
    QApplication::setApplicationName(u"framgangsbank"_s);
    QApplication::setApplicationDisplayName(u"Framgångsbanken"_s);
    QApplication::setApplicationVersion(QStringLiteral(FB_VERSION));
    QApplication::setDesktopFileName(u"se.framgangsbanken.Framgangsbank"_s);
    QApplication::setWindowIcon(appIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Framgångsbanken"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(u"profile"_s, u"Use the profile in DIR."_s, u"DIR"_s);
    const QCommandLineOption languageOption(u"language"_s, u"Interface language: sv or en."_s, u"LANG"_s);
    const QCommandLineOption screenshotsOption(
        u"screenshots"_s,
        u"Save screenshots of the main views to DIR, print their paths and quit."_s,
        u"DIR"_s);
    const QCommandLineOption styleOption(
        u"screenshot-style"_s,
        u"With --screenshots: large (the font at twice its size) or contrast (a high-contrast palette)."_s,
        u"STYLE"_s);
    const QCommandLineOption startupOption(
        u"measure-startup"_s,
        u"Print when the window and the first results were shown, then quit (bench/run)."_s);
    parser.addOptions({profileOption, languageOption, screenshotsOption, styleOption, startupOption});
    parser.process(app);

    const bool tour = parser.isSet(screenshotsOption);
    auto style = Fb::ScreenshotTour::Style::Normal;
    if (parser.isSet(styleOption)) {
        const auto chosen = Fb::ScreenshotTour::parseStyle(parser.value(styleOption));
        if (!chosen) {
            std::fprintf(stderr, "--screenshot-style: large or contrast\n");
            return 2;
        }
        style = *chosen;
        Fb::ScreenshotTour::applyStyle(style);
    }
    // A screenshot tour must not read or change the user's own window state.
    std::unique_ptr<QSettings> settings;
    if (tour) {
        const QString file = parser.value(screenshotsOption) + u"/settings.ini"_s;
        QFile::remove(file);
        settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
    } else {
        settings = std::make_unique<QSettings>();
    }

    const QString language = parser.isSet(languageOption)
        ? parser.value(languageOption)
        : settings->value(QLatin1StringView(Fb::SettingsDialog::LanguageKey)).toString();
    const Fb::Language uiLanguage = Fb::ApplicationSetup::installTranslators(app, language);

    auto vocabularies = Fb::Vocabularies::builtIn();
    auto referenceData = Fb::ReferenceData::builtIn();
    if (!vocabularies || !referenceData) {
        const Fb::Error &error = !vocabularies ? vocabularies.error() : referenceData.error();
        QMessageBox::critical(nullptr,
                              QApplication::translate("main", "Framgångsbanken"),
                              Fb::ErrorMessages::text(error));
        return 1;
    }

    const Fb::Profile profile(parser.isSet(profileOption) ? parser.value(profileOption)
                                                          : Fb::Profile::defaultDirectory());
    Fb::ReplicaService replica(*vocabularies, *referenceData);
    // IT's settings for every user of this computer; a tour stays independent of them.
    const Fb::MachineConfig machine = tour ? Fb::MachineConfig() : Fb::MachineConfig::readSystem();
    for (const Fb::Error &problem : machine.problems()) {
        std::fprintf(stderr,
                     "framgangsbank: %s: %s: %s\n",
                     qPrintable(machine.source()),
                     qPrintable(problem.path),
                     qPrintable(Fb::ErrorMessages::text(problem)));
    }
    QNetworkAccessManager network;
    machine.applyProxy(network);
    Fb::SyncController sync(replica, network);
    sync.setIntervalMs(machine.syncIntervalMinutes() * 60 * 1000);
    Fb::MainWindow window(replica, sync, *vocabularies, *referenceData, uiLanguage, *settings);
    window.setMachineConfig(machine);
    window.show();
    replica.open(profile.replicaPath());
    // Background sync starts once the replica is open; a tour or a startup measurement stays
    // offline so it shows and measures the same thing every time.
    if (!tour && !parser.isSet(startupOption)) {
        QObject::connect(
            &replica,
            &Fb::ReplicaService::opened,
            &sync,
            [&sync] {
                sync.start();
            },
            Qt::SingleShotConnection);
    }
    if (parser.isSet(startupOption)) {
        std::fprintf(stderr, "shown %lld\n", QDateTime::currentMSecsSinceEpoch());
        QObject::connect(&window, &Fb::MainWindow::resultsShown, &app, [&window] {
            std::fprintf(stderr,
                         "results %lld (%d cases)\n",
                         QDateTime::currentMSecsSinceEpoch(),
                         window.caseModel()->rowCount());
            QCoreApplication::quit();
        });
    }

    std::unique_ptr<Fb::ScreenshotTour> screenshots;
    if (tour) {
        screenshots = std::make_unique<Fb::ScreenshotTour>(window, parser.value(screenshotsOption), style);
        screenshots->start();
    }
    return app.exec();
}
