#include "applicationsetup.h"
#include "errormessages.h"
#include "referencedata.h"
#include "serverapplication.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"framgangsbank"_s);
    QCoreApplication::setApplicationName(u"framgangsbank-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FB_VERSION));
    Fb::ApplicationSetup::installTranslators(app, qEnvironmentVariable("FB_LANGUAGE"));

    auto referenceData = Fb::ReferenceData::builtIn();
    if (!referenceData) {
        std::fprintf(stderr, "framgangsbank-server: %s\n", qPrintable(Fb::ErrorMessages::text(referenceData.error())));
        return 3;
    }
    // FB_PASSWORD_STRENGTH=testing: the minimum Argon2id cost, so test suites can log in thousands
    // of times. Only test fixtures set it; docs/server.md says never to set it in production.
    const auto strength = qEnvironmentVariable("FB_PASSWORD_STRENGTH") == "testing"_L1
        ? Fb::PasswordHasher::Strength::Testing
        : Fb::PasswordHasher::Strength::Interactive;
    Fb::ServerApplication server(*referenceData, strength);
    return server.run(QCoreApplication::arguments());
}
