#include "questiondialog.h"

#include "casevalidator.h"
#include "helpwindow.h"
#include "vocabularychecklist.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

constexpr auto DraftTitle = "questionDraft/title";
constexpr auto DraftBackground = "questionDraft/background";
constexpr auto DraftAreas = "questionDraft/areas";
constexpr auto DraftGroups = "questionDraft/groups";

} // namespace

QuestionDialog::QuestionDialog(const Vocabularies &vocabularies,
                               Language language,
                               QSettings &settings,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_title(new QLineEdit(this))
    , m_background(new QPlainTextEdit(this))
    , m_areas(new VocabularyChecklist(vocabularies.vocabulary(Vocabularies::PolicyArea), language, this))
    , m_groups(new VocabularyChecklist(vocabularies.vocabulary(Vocabularies::TargetGroup), language, this))
{
    setWindowTitle(tr("Ask the bank a question"));
    HelpWindow::setTopic(this, HelpTopic::Questions);
    m_title->setMaxLength(int(CaseValidator::MaxTitle));
    m_title->setPlaceholderText(tr("How do we reduce loneliness among older people in the countryside?"));
    m_title->setAccessibleName(tr("Question"));
    m_background->setAccessibleName(tr("Background"));
    m_background->setPlaceholderText(tr("What you have tried, what makes it hard, what you want to know."));
    m_background->setTabChangesFocus(true);
    m_areas->setAccessibleName(tr("Policy areas"));
    m_groups->setAccessibleName(tr("Target groups"));

    auto *hint = new QLabel(tr("As you type, the cases that may already answer your question are listed in the "
                               "main window. The question is saved here and sent with the next sync; everyone who "
                               "uses the bank can then answer it with a case."),
                            this);
    hint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Question:"), m_title);
    form->addRow(tr("&Background:"), m_background);
    form->addRow(tr("Policy &areas:"), m_areas);
    form->addRow(tr("Target &groups:"), m_groups);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ask = buttons->button(QDialogButtonBox::Ok);
    ask->setText(tr("&Ask"));
    ask->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QuestionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QuestionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(buttons);

    m_title->setText(m_settings.value(QLatin1StringView(DraftTitle)).toString());
    m_background->setPlainText(m_settings.value(QLatin1StringView(DraftBackground)).toString());
    m_areas->setKeys(m_settings.value(QLatin1StringView(DraftAreas)).toStringList());
    m_groups->setKeys(m_settings.value(QLatin1StringView(DraftGroups)).toStringList());
    ask->setEnabled(!m_title->text().trimmed().isEmpty());

    connect(m_title, &QLineEdit::textChanged, this, [this, ask](const QString &text) {
        ask->setEnabled(!text.trimmed().isEmpty());
        keepDraft();
        Q_EMIT questionTextChanged(text);
    });
    connect(m_background, &QPlainTextEdit::textChanged, this, &QuestionDialog::keepDraft);
    connect(m_areas, &VocabularyChecklist::edited, this, &QuestionDialog::keepDraft);
    connect(m_groups, &VocabularyChecklist::edited, this, &QuestionDialog::keepDraft);
}

CaseRecord QuestionDialog::question() const
{
    CaseRecord q;
    q.title = m_title->text().simplified();
    q.summary = m_background->toPlainText().trimmed();
    q.policyAreas = m_areas->keys();
    q.targetGroups = m_groups->keys();
    return q;
}

void QuestionDialog::keepDraft()
{
    m_settings.setValue(QLatin1StringView(DraftTitle), m_title->text());
    m_settings.setValue(QLatin1StringView(DraftBackground), m_background->toPlainText());
    m_settings.setValue(QLatin1StringView(DraftAreas), m_areas->keys());
    m_settings.setValue(QLatin1StringView(DraftGroups), m_groups->keys());
}

void QuestionDialog::clearDraft()
{
    m_settings.remove(u"questionDraft"_s);
}

void QuestionDialog::accept()
{
    // The question is handed on (QDialog::accepted) before the draft goes.
    QDialog::accept();
    clearDraft();
}

void QuestionDialog::reject()
{
    // Closing keeps the draft: the next "Ask" starts where this one stopped. Only an empty form
    // leaves nothing behind.
    if (m_title->text().trimmed().isEmpty() && m_background->toPlainText().trimmed().isEmpty()) {
        clearDraft();
    }
    QDialog::reject();
}

} // namespace Fb
