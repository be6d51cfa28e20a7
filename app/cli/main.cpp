#include "applicationsetup.h"
#include "cliapplication.h"
#include "errormessages.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    // PDF and ODT need fonts and so a QGuiApplication; the CLI never opens a window, so it uses the
    // offscreen platform and runs without a display. Every other command stays without Gui.
    std::unique_ptr<QCoreApplication> application;
    if (Fb::CliApplication::needsGuiApplication(arguments)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(u"framgangsbank"_s);
    QCoreApplication::setApplicationName(u"framgangsbank-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FB_VERSION));

    // --language must be known before any message is produced, so it is read ahead of the parser.
    QString language;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == "--language"_L1 && i + 1 < args.size()) {
            language = args.at(i + 1);
        } else if (args.at(i).startsWith("--language="_L1)) {
            language = args.at(i).mid(11);
        }
    }
    const Fb::Language uiLanguage = Fb::ApplicationSetup::installTranslators(app, language);

    auto vocabularies = Fb::Vocabularies::builtIn();
    auto referenceData = Fb::ReferenceData::builtIn();
    if (!vocabularies || !referenceData) {
        const Fb::Error &error = !vocabularies ? vocabularies.error() : referenceData.error();
        std::fprintf(stderr, "framgangsbank-cli: %s\n", qPrintable(Fb::ErrorMessages::text(error)));
        return 3;
    }
    Fb::CliApplication cli(*vocabularies, *referenceData, uiLanguage);
    return cli.run(args);
}
