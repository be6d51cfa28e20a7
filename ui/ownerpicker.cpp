#include "ownerpicker.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fb {

OwnerPicker::OwnerPicker(const Vocabularies &vocabularies,
                         const ReferenceData &referenceData,
                         Language language,
                         QWidget *parent)
    : QWidget(parent)
    , m_referenceData(referenceData)
    , m_type(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_code(new QLabel(this))
    , m_names(new QStringListModel(this))
{
    m_type->setAccessibleName(tr("Kind of owner"));
    for (const VocabularyEntry &e : vocabularies.vocabulary(Vocabularies::ActorType).entries()) {
        m_type->addItem(e.label(language), e.key);
    }
    m_name->setAccessibleName(tr("Owner's name"));
    m_name->setPlaceholderText(tr("Type a municipality, region or organisation"));
    m_names->setStringList(scbNames());
    auto *completer = new QCompleter(m_names, m_name);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_name->setCompleter(completer);
    m_code->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_type);
    row->addWidget(m_name, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_code);
    setFocusProxy(m_name);

    connect(m_name, &QLineEdit::textEdited, this, &OwnerPicker::edited);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &OwnerPicker::edited);
    connect(m_type, &QComboBox::activated, this, &OwnerPicker::edited);
}

QStringList OwnerPicker::scbNames() const
{
    QStringList names;
    for (const Municipality &m : m_referenceData.municipalities()) {
        names.append(tr("%1 municipality").arg(m.name));
    }
    for (const Region &r : m_referenceData.regions()) {
        names.append(r.authorityName);
    }
    return names;
}

void OwnerPicker::setOrganisations(const QList<RegisteredOrganisation> &organisations)
{
    m_organisations = organisations;
    QStringList names = scbNames();
    for (const RegisteredOrganisation &o : organisations) {
        names.append(o.name);
    }
    m_names->setStringList(names);
}

QJsonObject OwnerPicker::value(const QJsonObject &before) const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        return {};
    }
    QJsonObject o = before;
    QString type = m_type->currentData().toString();
    QString code;
    for (const Municipality &m : m_referenceData.municipalities()) {
        if (name.compare(tr("%1 municipality").arg(m.name), Qt::CaseInsensitive) == 0
            || name.compare(m.name, Qt::CaseInsensitive) == 0) {
            code = m.code;
            type = u"kommun"_s;
        }
    }
    for (const Region &r : m_referenceData.regions()) {
        if (name.compare(r.authorityName, Qt::CaseInsensitive) == 0) {
            code = r.code;
            type = u"region"_s;
        }
    }
    for (const RegisteredOrganisation &r : m_organisations) {
        if (name.compare(r.name, Qt::CaseInsensitive) == 0 && !r.type.isEmpty()) {
            code = r.code;
            type = r.type;
        }
    }
    o.insert(u"name"_s, name);
    o.insert(u"type"_s, type);
    if (code.isEmpty()) {
        o.remove(u"code"_s);
    } else {
        o.insert(u"code"_s, code);
    }
    if (!o.contains("role"_L1)) {
        o.insert(u"role"_s, u"huvudman"_s);
    }
    return o;
}

void OwnerPicker::setValue(const QJsonObject &owner)
{
    const QSignalBlocker block(m_type);
    m_type->setCurrentIndex(std::max(0, m_type->findData(owner.value("type"_L1).toString())));
    if (m_name->text() != owner.value("name"_L1).toString()) {
        m_name->setText(owner.value("name"_L1).toString());
    }
    showCode(owner);
}

void OwnerPicker::showCode(const QJsonObject &owner)
{
    const QString code = owner.value("code"_L1).toString();
    QString text;
    if (const Municipality *m = m_referenceData.municipality(code); m && owner.value("type"_L1) == "kommun"_L1) {
        const Region *r = m_referenceData.region(m->regionCode);
        //: %1 municipality code, %2 county
        text = tr("Municipality code %1, %2").arg(code, r ? r->name : QString());
    } else if (m_referenceData.region(code) && owner.value("type"_L1) == "region"_L1) {
        text = tr("County code %1").arg(code);
    } else if (!code.isEmpty()) {
        for (const RegisteredOrganisation &r : std::as_const(m_organisations)) {
            if (r.code == code && r.type == owner.value("type"_L1).toString()) {
                //: %1 e.g. an organisationsnummer
                text = tr("Registered on the server, code %1").arg(code);
            }
        }
    }
    m_code->setText(text);
    m_code->setVisible(!text.isEmpty());
}

} // namespace Fb
