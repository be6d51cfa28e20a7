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
    // of times. Honoured only by builds with the tests (FB_TEST_HOOKS); the packaged server says it
    // ignores it.
    auto strength = Fb::PasswordHasher::Strength::Interactive;
    if (qEnvironmentVariable("FB_PASSWORD_STRENGTH") == "testing"_L1) {
#ifdef FB_TEST_HOOKS
        strength = Fb::PasswordHasher::Strength::Testing;
#else
        std::fprintf(stderr, "framgangsbank-server: FB_PASSWORD_STRENGTH is ignored by this build\n");
#endif
    }
    Fb::ServerApplication server(*referenceData, strength);
    return server.run(QCoreApplication::arguments());
}
