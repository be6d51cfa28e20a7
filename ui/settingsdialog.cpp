#include "settingsdialog.h"

#include "organisationid.h"
#include "referencedata.h"

#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Fb {

SettingsDialog::SettingsDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    m_language->addItem(tr("Same as the system"), QString());
    m_language->addItem(u"Svenska"_s, u"sv"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(m_settings.value(QLatin1StringView(LanguageKey)).toString())));
    m_language->setAccessibleName(tr("Interface language"));

    auto *note = new QLabel(tr("A new language applies the next time Framgångsbanken starts."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);
    form->addRow(buttons);
    m_language->setObjectName(u"language"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::SettingsDialog(QSettings &settings,
                               const ReferenceData &referenceData,
                               const QString &organisationId,
                               QWidget *parent)
    : SettingsDialog(settings, parent)
{
    m_municipality = new QComboBox(this);
    m_municipality->setObjectName(u"municipality"_s);
    m_municipality->setAccessibleName(tr("My municipality"));
    m_municipality->addItem(tr("Not chosen"), QString());
    QList<const Municipality *> sorted;
    for (const Municipality &m : referenceData.municipalities()) {
        sorted.append(&m);
    }
    // Swedish order (Å, Ä, Ö last) whatever the system locale.
    const QCollator collator{QLocale(QLocale::Swedish, QLocale::Sweden)};
    std::ranges::sort(sorted, [&](const Municipality *a, const Municipality *b) {
        return collator.compare(a->name, b->name) < 0;
    });
    for (const Municipality *m : std::as_const(sorted)) {
        m_municipality->addItem(m->name, m->code);
    }
    m_municipality->setCurrentIndex(
        std::max(0, m_municipality->findData(homeMunicipality(m_settings, organisationId))));
    auto *form = static_cast<QFormLayout *>(layout());
    form->insertRow(1, tr("My &municipality:"), m_municipality);
}

QString SettingsDialog::homeMunicipality(const QSettings &settings, const QString &organisationId)
{
    const QString stored = settings.value(QLatin1StringView(MunicipalityKey)).toString();
    if (!stored.isEmpty()) {
        return stored;
    }
    const OrganisationId organisation = OrganisationId::parse(organisationId);
    return organisation.kind == OrganisationId::Kind::Municipality ? organisation.code : QString();
}

void SettingsDialog::accept()
{
    m_settings.setValue(QLatin1StringView(LanguageKey), m_language->currentData().toString());
    if (m_municipality) {
        m_settings.setValue(QLatin1StringView(MunicipalityKey), m_municipality->currentData().toString());
    }
    QDialog::accept();
}

} // namespace Fb
