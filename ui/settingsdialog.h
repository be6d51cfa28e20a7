#pragma once

#include <QDialog>

class QComboBox;
class QSettings;

namespace Fb {

// User settings. Now: the interface language (system, Swedish, English); it applies at the
// next start, because every window would otherwise have to retranslate itself.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr auto LanguageKey = "ui/language";

    explicit SettingsDialog(QSettings &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    QSettings &m_settings;
    QComboBox *m_language;
};

} // namespace Fb
