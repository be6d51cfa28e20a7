#include "conflictdialog.h"

#include "diffhtml.h"
#include "helpwindow.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fb {

ConflictDialog::ConflictDialog(const InboxItem &item, const QString &fieldLabel, QWidget *parent)
    : QDialog(parent)
    , m_item(item)
    , m_base(new QTextBrowser(this))
    , m_mine(new QTextBrowser(this))
    , m_theirs(new QTextBrowser(this))
    , m_merged(new QPlainTextEdit(this))
{
    HelpWindow::setTopic(this, HelpTopic::Conflicts);
    setWindowTitle(tr("Conflict in “%1”").arg(fieldLabel));
    const StoredConflict &c = item.conflict;
    const QString base = DiffHtml::text(c.base);
    m_base->setPlainText(base);
    m_mine->setHtml(DiffHtml::marked(base, DiffHtml::text(c.local), palette()));
    m_theirs->setHtml(DiffHtml::marked(base, DiffHtml::text(c.remote), palette()));
    m_merged->setPlainText(DiffHtml::text(c.local));
    m_merged->setTabChangesFocus(true);
    for (QTextBrowser *view : {m_base, m_mine, m_theirs}) {
        view->setOpenLinks(false);
    }
    m_base->setAccessibleName(tr("Starting point"));
    m_mine->setAccessibleName(tr("Your version"));
    m_mine->setAccessibleDescription(tr("Words you added are highlighted, words you removed struck out"));
    m_theirs->setAccessibleName(tr("The server's version"));
    m_theirs->setAccessibleDescription(tr("Words added on the server are highlighted, removed ones struck out"));
    m_merged->setAccessibleName(tr("Merged version"));

    auto *intro = new QLabel(tr("<b>%1</b> of “%2” was changed both here and on the server. Choose which "
                                "version to keep, or write one that combines them. The version you do not keep is "
                                "archived on the server.")
                                 .arg(fieldLabel.toHtmlEscaped(), item.title.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    const auto header = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    grid->addWidget(header(tr("&Starting point"), m_base), 0, 0);
    grid->addWidget(header(tr("&Your version"), m_mine), 0, 1);
    grid->addWidget(header(tr("The se&rver's version"), m_theirs), 0, 2);
    grid->addWidget(m_base, 1, 0);
    grid->addWidget(m_mine, 1, 1);
    grid->addWidget(m_theirs, 1, 2);
    grid->addWidget(header(tr("&Merged version (edit freely):"), m_merged), 2, 0, 1, 3);
    grid->addWidget(m_merged, 3, 0, 1, 3);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *mine = buttons->addButton(tr("&Keep mine"), QDialogButtonBox::AcceptRole);
    QPushButton *theirs = buttons->addButton(tr("&Take theirs"), QDialogButtonBox::AcceptRole);
    QPushButton *merged = buttons->addButton(tr("&Use merged version"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    mine->setObjectName(u"keepMine"_s);
    theirs->setObjectName(u"takeTheirs"_s);
    merged->setObjectName(u"useMerged"_s);
    // The buttons decide themselves; the box's accepted() would close before the choice is known.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(mine, &QPushButton::clicked, this, &ConflictDialog::keepMine);
    connect(theirs, &QPushButton::clicked, this, &ConflictDialog::takeTheirs);
    connect(merged, &QPushButton::clicked, this, &ConflictDialog::useMerged);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);
    resize(1000, 600);
}

bool ConflictDialog::isText() const
{
    const StoredConflict &c = m_item.conflict;
    return c.local.isString() || c.remote.isString() || c.base.isString();
}

QJsonValue ConflictDialog::value() const
{
    const QString text = m_merged->toPlainText();
    if (isText()) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }
    // Other values are edited as JSON.
    const QJsonDocument doc = QJsonDocument::fromJson(u"[%1]"_s.arg(text).toUtf8());
    return doc.isArray() && doc.array().size() == 1 ? doc.array().first() : QJsonValue(QJsonValue::Undefined);
}

void ConflictDialog::keepMine()
{
    m_take = LocalEdits::Take::Mine;
    accept();
}

void ConflictDialog::takeTheirs()
{
    m_take = LocalEdits::Take::Theirs;
    accept();
}

void ConflictDialog::useMerged()
{
    if (value().isUndefined()) {
        QMessageBox::warning(this,
                             windowTitle(),
                             tr("The merged version is not valid JSON. Correct it, or keep one of the versions."));
        return;
    }
    m_take = LocalEdits::Take::Value;
    accept();
}

} // namespace Fb
