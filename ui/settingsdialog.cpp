#include "settingsdialog.h"

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
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

void SettingsDialog::accept()
{
    m_settings.setValue(QLatin1StringView(LanguageKey), m_language->currentData().toString());
    QDialog::accept();
}

} // namespace Fb
