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
    // Calling again replaces the translators installed before, never stacks them.
    for (QTranslator *old : app.findChildren<QTranslator *>(u"fb-translator"_s, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }

    const QLocale locale(language == "en"_L1 ? QLocale(QLocale::English, QLocale::Sweden)
                                             : QLocale(QLocale::Swedish, QLocale::Sweden));
    QLocale::setDefault(locale);

    // Qt's own strings (standard dialogs): distributions ship them as qtbase_xx or only as the
    // older combined qt_xx catalogue (Debian's Swedish); take the first that exists.
    for (const QString &catalogue : {u"qtbase"_s, u"qt"_s}) {
        auto *qt = new QTranslator(&app);
        qt->setObjectName(u"fb-translator"_s);
        if (qt->load(locale, catalogue, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            break;
        }
        delete qt;
    }
    auto *own = new QTranslator(&app);
    own->setObjectName(u"fb-translator"_s);
    if (own->load(locale, u"framgangsbank"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own);
    }
    return language == "en"_L1 ? Language::English : Language::Swedish;
}

} // namespace Fb
