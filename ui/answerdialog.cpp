#include "answerdialog.h"

#include "helpwindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Fb {

AnswerDialog::AnswerDialog(const QString &question, const QList<std::pair<QString, QString>> &cases, QWidget *parent)
    : QDialog(parent)
    , m_cases(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Answer with a case"));
    HelpWindow::setTopic(this, HelpTopic::Questions);
    auto *intro =
        new QLabel(tr("Answer “%1” with a case that shows how it was solved.").arg(question.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    for (const auto &[id, title] : cases) {
        m_cases->addItem(title, id);
    }
    m_cases->setAccessibleName(tr("Case"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("This is how we did it in our municipality …"));
    m_note->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Case:"), m_cases);
    form->addRow(tr("&Note:"), m_note);
    auto *empty = new QLabel(tr("No case is listed for the question's words. Search for the case in the main "
                                "window first, then answer again."),
                             this);
    empty->setWordWrap(true);
    empty->setVisible(cases.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Answer"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!cases.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &AnswerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AnswerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(empty);
    layout->addWidget(buttons);
}

QString AnswerDialog::caseId() const
{
    return m_cases->currentData().toString();
}

QString AnswerDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace Fb
