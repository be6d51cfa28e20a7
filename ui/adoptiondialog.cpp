#include "adoptiondialog.h"

#include "helpwindow.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace Fb {

AdoptionDialog::AdoptionDialog(const Vocabularies &vocabularies,
                               Language language,
                               const QString &caseTitle,
                               const QString &organisationName,
                               QWidget *parent)
    : QDialog(parent)
    , m_period(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_adaptation(new QPlainTextEdit(this))
    , m_outcome(new QPlainTextEdit(this))
{
    setWindowTitle(tr("We have taken this up"));
    HelpWindow::setTopic(this, HelpTopic::Questions);
    auto *intro = new QLabel(tr("Record that %1 has taken up “%2”. The case's page then shows where it is in "
                                "use, and its owner sees it after the next sync.")
                                 .arg(organisationName.toHtmlEscaped(), caseTitle.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    m_period->setText(QDate::currentDate().toString(u"yyyy-MM"_s));
    m_period->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"^(19|20|21)\\d\\d(-(0[1-9]|1[0-2]))?$"_s), m_period));
    m_period->setAccessibleName(tr("When"));
    m_period->setToolTip(tr("Year, or year and month: 2026 or 2026-03"));
    for (const VocabularyEntry &e : vocabularies.vocabulary(Vocabularies::AdoptionStatus).entries()) {
        m_status->addItem(e.label(language), e.key);
    }
    m_status->setCurrentIndex(qMax(0, m_status->findData(u"inford"_s)));
    m_status->setAccessibleName(tr("Status"));
    m_adaptation->setAccessibleName(tr("What was adapted"));
    m_adaptation->setTabChangesFocus(true);
    m_outcome->setAccessibleName(tr("Outcome so far"));
    m_outcome->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&When:"), m_period);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("What was &adapted:"), m_adaptation);
    form->addRow(tr("&Outcome so far:"), m_outcome);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AdoptionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AdoptionDialog::reject);
    connect(m_period, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_period->text().isEmpty() || m_period->hasAcceptableInput());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Adoption AdoptionDialog::adoption() const
{
    Adoption a;
    a.period = m_period->text();
    a.status = m_status->currentData().toString();
    a.adaptation = m_adaptation->toPlainText().trimmed();
    a.outcome = m_outcome->toPlainText().trimmed();
    return a;
}

} // namespace Fb
