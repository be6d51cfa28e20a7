#include "applicationsetup.h"
#include "cliapplication.h"
#include "errormessages.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
