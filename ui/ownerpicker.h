#pragma once

#include "language.h"
#include "organisationlist.h"
#include "referencedata.h"
#include "vocabularies.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace Fb {

// The organisation that owns a case: its kind and name, typed with completion over SCB's
// municipalities and regions and the organisations the server has registered. A name from those
// lists sets the code (and the kind) itself, and the code and county are shown below.
class OwnerPicker : public QWidget
{
    Q_OBJECT

public:
    OwnerPicker(const Vocabularies &vocabularies,
                const ReferenceData &referenceData,
                Language language,
                QWidget *parent = nullptr);

    // The owner as edited, starting from before (whose other keys are kept); empty without a name.
    QJsonObject value(const QJsonObject &before) const;
    // Shows owner without counting it as the user's edit.
    void setValue(const QJsonObject &owner);

    // The server's registered organisations (ServerOrganisations), offered beside SCB's lists.
    void setOrganisations(const QList<RegisteredOrganisation> &organisations);

    QLineEdit *nameEdit() const { return m_name; }

Q_SIGNALS:
    void edited();

private:
    void showCode(const QJsonObject &owner);
    QStringList scbNames() const;

    const ReferenceData &m_referenceData;
    QList<RegisteredOrganisation> m_organisations;
    QComboBox *m_type;
    QLineEdit *m_name;
    QLabel *m_code;
    QStringListModel *m_names; // the completion: SCB's names, then the server's
};

} // namespace Fb
