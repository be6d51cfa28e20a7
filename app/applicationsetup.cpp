#include "applicationsetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Fb {

Language ApplicationSetup::installTranslators(QCoreApplication &app, const QString &languageSetting)
{
    // Swedish unless the user or the system asks for another language: the bank is Swedish.
    QString language = languageSetting;
    if (language.isEmpty()) {
        const QStringList ui = QLocale::system().uiLanguages();
        language = u"sv"_s;
        for (const QString &l : ui) {
            if (l.startsWith("sv"_L1)) {
                break;
            }
            if (l.startsWith("en"_L1)) {
                language = u"en"_s;
                break;
            }
        }
    }
    const QLocale locale(language == "en"_L1 ? QLocale(QLocale::English, QLocale::Sweden)
                                             : QLocale(QLocale::Swedish, QLocale::Sweden));
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"framgangsbank"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own);
    }
    return language == "en"_L1 ? Language::English : Language::Swedish;
}

} // namespace Fb
