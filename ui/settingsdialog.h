#pragma once

#include <QDialog>

class QComboBox;
class QSettings;

namespace Fb {

class ReferenceData;

// User settings: the interface language (system, Swedish, English), which applies at the next
// start because every window would otherwise have to retranslate itself; and, when given the
// reference data, the user's own municipality ("Min kommun") that the study-visit bank and the
// start view measure distances from.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr auto LanguageKey = "ui/language";
    static constexpr auto MunicipalityKey = "profile/municipality";

    explicit SettingsDialog(QSettings &settings, QWidget *parent = nullptr);
    // organisationId: the login's organisation (SyncStatus::organisationId); "kommun:XXXX" is the
    // municipality offered while none is stored.
    SettingsDialog(QSettings &settings,
                   const ReferenceData &referenceData,
                   const QString &organisationId,
                   QWidget *parent = nullptr);

    // The stored municipality, else the one of organisationId when it is a kommun, else empty.
    static QString homeMunicipality(const QSettings &settings, const QString &organisationId);

    void accept() override;

private:
    QSettings &m_settings;
    QComboBox *m_language;
    QComboBox *m_municipality = nullptr;
};

} // namespace Fb
