#include "visitrequestdialog.h"

#include "helpwindow.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Fb {

VisitRequestDialog::VisitRequestDialog(const StudyVisitEntry &entry, QWidget *parent)
    : QDialog(parent)
    , m_entry(entry)
    , m_dates(new QLineEdit(this))
    , m_groupSize(new QSpinBox(this))
    , m_name(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
{
    HelpWindow::setTopic(this, HelpTopic::StudyVisits);
    setWindowTitle(tr("Request a study visit"));
    m_dates->setObjectName(u"dates"_s);
    m_dates->setPlaceholderText(tr("For example: week 12 or 14, Tuesday to Thursday"));
    m_groupSize->setObjectName(u"groupSize"_s);
    // The host's limit, when given, is the most the form offers.
    m_groupSize->setRange(1, entry.maxGroup > 0 ? entry.maxGroup : 999);
    m_groupSize->setValue(std::min(5, m_groupSize->maximum()));
    m_name->setObjectName(u"name"_s);
    m_organisation->setObjectName(u"organisation"_s);

    auto *intro = new QLabel(tr("An e-mail to %1 about “%2” opens in your mail program; nothing is sent until you "
                                "send it there.")
                                 .arg(entry.contactEmail, entry.title),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Write e-mail"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!entry.contactEmail.isEmpty());
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("Proposed &dates:"), m_dates);
    form->addRow(tr("&Group size:"), m_groupSize);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Your &organisation:"), m_organisation);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void VisitRequestDialog::setRequester(const QString &name, const QString &organisation)
{
    m_name->setText(name);
    m_organisation->setText(organisation);
}

VisitRequest VisitRequestDialog::request() const
{
    VisitRequest r;
    r.caseId = m_entry.id;
    r.caseTitle = m_entry.title;
    r.hostEmail = m_entry.contactEmail;
    r.proposedDates = m_dates->text();
    r.groupSize = m_groupSize->value();
    r.requesterName = m_name->text();
    r.requesterOrganisation = m_organisation->text();
    return r;
}

} // namespace Fb
