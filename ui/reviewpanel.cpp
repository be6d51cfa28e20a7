#include "reviewpanel.h"

#include "casedraft.h"
#include "caselabels.h"
#include "errormessages.h"
#include "helpwindow.h"
#include "reviewworkflow.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

ReviewPanel::ReviewPanel(CaseDraft &draft, const Vocabularies &vocabularies, Language language, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_vocabularies(vocabularies)
    , m_language(language)
    , m_state(new QLabel(this))
    , m_moveBox(new QWidget(this))
    , m_message(new QLabel(this))
    , m_comments(new QTreeWidget(this))
    , m_field(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_comment(new QPushButton(tr("&Comment"), this))
    , m_answer(new QPushButton(tr("A&nswer"), this))
    , m_resolve(new QPushButton(tr("Mark as &resolved"), this))
{
    HelpWindow::setTopic(this, HelpTopic::Review);
    m_state->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    new QHBoxLayout(m_moveBox);
    m_moveBox->layout()->setContentsMargins(0, 0, 0, 0);
    m_comments->setHeaderLabels({tr("Field"), tr("Comment"), tr("Answer"), tr("State")});
    m_comments->setRootIsDecorated(false);
    m_comments->setAllColumnsShowFocus(true);
    m_comments->setAccessibleName(tr("Review comments"));
    m_comments->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_field->setAccessibleName(tr("Field to comment on"));
    for (const QString &path : {u"title"_s, u"summary"_s, u"owner"_s}) {
        m_field->addItem(fieldLabel(path), path);
    }
    for (const VocabularyEntry &e : m_vocabularies.vocabulary(Vocabularies::Section).entries()) {
        m_field->addItem(e.label(m_language), QString(u"sections."_s + e.key));
    }
    for (const QString &path : {u"evidence_level"_s, u"contacts"_s, u"links"_s, u"study_visit"_s}) {
        m_field->addItem(fieldLabel(path), path);
    }
    m_text->setAccessibleName(tr("Comment or answer"));
    m_text->setPlaceholderText(tr("Write a comment or an answer"));
    for (QPushButton *b : {m_comment, m_answer, m_resolve}) {
        b->setAutoDefault(false);
    }

    auto *form = new QFormLayout;
    // Headings of what follows, not labels of fields: no buddy to send a mnemonic to.
    form->addRow(new QLabel(tr("Review state:"), this), m_state);
    form->addRow(new QLabel(tr("Move to:"), this), m_moveBox);
    auto *write = new QHBoxLayout;
    write->addWidget(m_field);
    write->addWidget(m_text, 1);
    write->addWidget(m_comment);
    write->addWidget(m_answer);
    write->addWidget(m_resolve);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_comments, 1);
    layout->addLayout(write);

    connect(m_comment, &QPushButton::clicked, this, [this] {
        addComment(m_field->currentData().toString(), m_text->text());
    });
    connect(m_answer, &QPushButton::clicked, this, [this] {
        answerSelected(m_text->text());
    });
    connect(m_resolve, &QPushButton::clicked, this, &ReviewPanel::resolveSelected);
    connect(m_comments, &QTreeWidget::currentItemChanged, this, &ReviewPanel::refresh);
    connect(&m_draft, &CaseDraft::changed, this, &ReviewPanel::refresh);
    refresh();
}

void ReviewPanel::setAccount(const QString &role, const QString &user)
{
    m_role = role;
    m_user = user;
    refresh();
}

QString ReviewPanel::fieldLabel(const QString &path) const
{
    return CaseLabels::fieldLabel(m_vocabularies, m_language, path);
}

void ReviewPanel::refresh()
{
    auto record = CaseRecord::fromJsonObject(m_draft.body());
    const QString state = record ? ReviewWorkflow::stateOf(*record) : ReviewWorkflow::initialState();
    m_state->setText(m_vocabularies.vocabulary(Vocabularies::ReviewState).label(state, m_language));

    // The buttons change only when the state or the role does.
    const QStringList targets = ReviewWorkflow::targets(state, m_role);
    QStringList shown;
    for (const QPushButton *b : std::as_const(m_moves)) {
        shown.append(b->property("state").toString());
    }
    if (shown != targets) {
        qDeleteAll(m_moves);
        m_moves.clear();
        for (const QString &to : targets) {
            auto *button =
                new QPushButton(m_vocabularies.vocabulary(Vocabularies::ReviewState).label(to, m_language), m_moveBox);
            button->setProperty("state", to);
            button->setAutoDefault(false);
            connect(button, &QPushButton::clicked, this, [this, to] {
                move(to);
            });
            m_moveBox->layout()->addWidget(button);
            m_moves.append(button);
        }
    }

    const QString selected = selectedId();
    const QSignalBlocker block(m_comments);
    m_comments->clear();
    if (record) {
        for (auto it = record->reviewComments.cbegin(); it != record->reviewComments.cend(); ++it) {
            const ReviewComment &c = it.value();
            const QString status = c.resolved ? tr("Resolved")
                : c.isOpen()                  ? tr("Waiting for an answer")
                                              : tr("Answered");
            auto *item = new QTreeWidgetItem(m_comments, {fieldLabel(c.path), c.text, c.answer, status});
            item->setData(0, Qt::UserRole, it.key());
            item->setToolTip(1, tr("%1, %2").arg(c.author, c.at));
            if (it.key() == selected) {
                m_comments->setCurrentItem(item);
            }
        }
    }
    const bool reviewer = ReviewWorkflow::mayReview(m_role);
    const bool editor = ReviewWorkflow::mayEdit(m_role);
    m_field->setVisible(reviewer);
    m_comment->setVisible(reviewer);
    m_resolve->setVisible(reviewer);
    m_answer->setVisible(editor);
    m_text->setEnabled(editor);
    m_answer->setEnabled(!selectedId().isEmpty());
    m_resolve->setEnabled(!selectedId().isEmpty());
}

QString ReviewPanel::selectedId() const
{
    const QTreeWidgetItem *item = m_comments->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

bool ReviewPanel::move(const QString &state)
{
    auto before = CaseRecord::fromJsonObject(m_draft.body());
    if (!before) {
        Q_EMIT problem(ErrorMessages::text(before.error()));
        return false;
    }
    CaseRecord after = *before;
    after.reviewState = state;
    if (auto r = ReviewWorkflow::check(&*before, after, m_role); !r) {
        const QString message = r.code() == ErrorCode::RequiredForReview
            ? tr("Fill in %1 first: the case is not complete enough for that.").arg(fieldLabel(r.error().path))
            : ErrorMessages::text(Error{r.code(), {}, {}});
        m_message->setText(message);
        m_message->show();
        Q_EMIT problem(message);
        return false;
    }
    m_message->hide();
    m_draft.edit(u"review_state"_s, state);
    Q_EMIT moved(state);
    return true;
}

void ReviewPanel::addComment(const QString &path, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return;
    }
    const QJsonObject comment{{u"path"_s, path}, {u"author"_s, m_user}, {u"at"_s, now()}, {u"text"_s, text.trimmed()}};
    m_draft.edit(u"review_comments."_s + CaseRecord::newId(), comment);
    m_text->clear();
}

void ReviewPanel::answerSelected(const QString &text)
{
    const QString id = selectedId();
    if (id.isEmpty() || text.trimmed().isEmpty()) {
        return;
    }
    const QString path = u"review_comments."_s + id;
    QJsonObject comment = m_draft.value(path).toObject();
    comment.insert(u"answer"_s, text.trimmed());
    comment.insert(u"answered_by"_s, m_user);
    comment.insert(u"answered_at"_s, now());
    m_draft.edit(path, comment);
    m_text->clear();
}

void ReviewPanel::resolveSelected()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        return;
    }
    const QString path = u"review_comments."_s + id;
    QJsonObject comment = m_draft.value(path).toObject();
    comment.insert(u"resolved"_s, true);
    m_draft.edit(path, comment);
}

} // namespace Fb
