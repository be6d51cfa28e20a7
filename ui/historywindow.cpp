#include "historywindow.h"

#include "caselabels.h"
#include "diffhtml.h"
#include "errormessages.h"
#include "helpwindow.h"
#include "serverapi.h"
#include "synccontroller.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

enum Role {
    PathRole = Qt::UserRole,
    BeforeRole,
    AfterRole,
};

QString localTime(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : iso;
}

} // namespace

HistoryWindow::HistoryWindow(SyncController &sync, const Vocabularies &vocabularies, Language language, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_sync(sync)
    , m_vocabularies(vocabularies)
    , m_language(language)
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_retry(new QPushButton(tr("&Try again"), this))
    , m_versions(new QTreeWidget(this))
    , m_detail(new QTextBrowser(this))
    , m_discardedHeading(new QLabel(tr("Values replaced by changes, kept by the server:"), this))
    , m_discarded(new QTreeWidget(this))
{
    setWindowTitle(tr("Case history"));
    HelpWindow::setTopic(this, HelpTopic::Writing);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_status->setWordWrap(true);
    m_busy->setRange(0, 0); // fetching: no measure of how far
    m_busy->setAccessibleName(tr("Fetching the history"));
    m_busy->hide();
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &HistoryWindow::fetch);

    m_versions->setHeaderLabels({tr("Version"), tr("When"), tr("Who"), tr("What changed")});
    m_versions->setAccessibleName(tr("Versions of the case"));
    m_versions->setAccessibleDescription(tr("Open a version to see each field it changed"));
    m_versions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versions->header()->setStretchLastSection(true);
    connect(m_versions, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        showDetail(item);
    });
    m_detail->setAccessibleName(tr("The change, word by word"));
    m_detail->setAccessibleDescription(tr("Words added are highlighted, words removed struck out"));
    m_discarded->setHeaderLabels({tr("Field"), tr("Value"), tr("Why"), tr("Who"), tr("When")});
    m_discarded->setAccessibleName(tr("Replaced values"));
    m_discarded->setRootIsDecorated(false);
    connect(m_discarded, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        showDetail(item);
    });

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_versions);
    split->addWidget(m_detail);
    auto *replaced = new QWidget(split);
    auto *replacedLayout = new QVBoxLayout(replaced);
    replacedLayout->setContentsMargins(0, 0, 0, 0);
    replacedLayout->addWidget(m_discardedHeading);
    replacedLayout->addWidget(m_discarded);
    split->addWidget(replaced);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_retry);
    layout->addLayout(statusRow);
    layout->addWidget(split, 1);
    resize(760, 640);
}

void HistoryWindow::showCase(const QString &id, const QString &title)
{
    m_caseId = id;
    m_title = title;
    m_heading->setText(title);
    fetch();
}

void HistoryWindow::fetch()
{
    const quint64 request = ++m_request;
    m_versions->clear();
    m_discarded->clear();
    m_detail->clear();
    m_retry->hide();
    m_busy->show();
    m_status->setText(tr("Fetching the history from the server…"));
    QPointer<HistoryWindow> self(this);
    m_sync.withServer(this, [self, request, id = m_caseId](Result<std::shared_ptr<ServerApi>> api) {
        if (!self || request != self->m_request) {
            return;
        }
        if (!api) {
            self->failed(api.error());
            return;
        }
        (*api)->history(id, [self, request, keep = *api](Result<CaseHistory> history) {
            if (!self || request != self->m_request) {
                return;
            }
            if (!history) {
                self->failed(history.error());
                return;
            }
            self->fill(*history);
        });
    });
}

void HistoryWindow::failed(const Error &error)
{
    m_busy->hide();
    if (error.code == ErrorCode::NotLoggedIn) {
        m_status->setText(tr("The history is kept on the server. Log in to see it."));
    } else if (error.code == ErrorCode::NotFound) {
        m_status->setText(tr("The server has no history of this case for you: it has not been sent yet, or you "
                             "may not see it."));
    } else {
        m_status->setText(tr("The history could not be fetched. %1").arg(ErrorMessages::text(error)));
        m_retry->show();
    }
    Q_EMIT finished();
}

void HistoryWindow::fill(const CaseHistory &history)
{
    m_busy->hide();
    QString status = tr("%n version(s).", nullptr, int(history.revisions.size()));
    if (history.hidden > 0) {
        status +=
            u' ' + tr("%n earlier version(s) you may not see, such as drafts, are left out.", nullptr, history.hidden);
    }
    m_status->setText(status);
    // Newest first: what changed last is what people look for.
    for (auto it = history.revisions.crbegin(); it != history.revisions.crend(); ++it) {
        QStringList fields;
        for (const HistoryChange &c : it->changes) {
            fields.append(label(c.path));
        }
        const QString what = it->deleted ? tr("Deleted")
            : it->first                  ? (it->version == 1 ? tr("Created") : tr("First version you may see"))
                                         : fields.join(u", "_s);
        auto *version =
            new QTreeWidgetItem(m_versions, {QString::number(it->version), localTime(it->at), it->user, what});
        for (const HistoryChange &c : it->changes) {
            auto *change = new QTreeWidgetItem(version, {QString(), QString(), QString(), label(c.path)});
            change->setData(0, PathRole, c.path);
            change->setData(0, BeforeRole, QVariant::fromValue(c.before));
            change->setData(0, AfterRole, QVariant::fromValue(c.after));
        }
    }
    m_discardedHeading->setVisible(history.discardedShown);
    m_discarded->setVisible(history.discardedShown);
    for (const HistoryDiscarded &d : history.discarded) {
        auto *item =
            new QTreeWidgetItem(m_discarded,
                                {label(d.path), DiffHtml::text(d.value).left(200), d.reason, d.user, localTime(d.at)});
        item->setData(0, PathRole, d.path);
        item->setData(0, AfterRole, QVariant::fromValue(d.value));
    }
    if (QTreeWidgetItem *newest = m_versions->topLevelItem(0)) {
        m_versions->setCurrentItem(newest);
    }
    Q_EMIT finished();
}

void HistoryWindow::showDetail(const QTreeWidgetItem *item)
{
    if (!item) {
        m_detail->clear();
        return;
    }
    // A version shows each field it changed; a field, or a replaced value, itself.
    QList<const QTreeWidgetItem *> changes;
    if (item->data(0, PathRole).isValid()) {
        changes.append(item);
    }
    for (int i = 0; i < item->childCount(); ++i) {
        changes.append(item->child(i));
    }
    QString html;
    for (const QTreeWidgetItem *c : std::as_const(changes)) {
        const QString before = DiffHtml::text(c->data(0, BeforeRole).value<QJsonValue>());
        const QString after = DiffHtml::text(c->data(0, AfterRole).value<QJsonValue>());
        html += u"<h3>%1</h3>"_s.arg(label(c->data(0, PathRole).toString()).toHtmlEscaped());
        if (!c->data(0, BeforeRole).isValid()) { // a replaced value: itself, nothing to compare
            html += u"<div style=\"white-space: pre-wrap\">%1</div>"_s.arg(after.toHtmlEscaped());
        } else if (after.isEmpty() && !before.isEmpty()) {
            html += u"<p><i>%1</i></p>"_s.arg(tr("Emptied.").toHtmlEscaped());
        } else {
            html += DiffHtml::marked(before, after, palette());
        }
    }
    m_detail->setHtml(html);
}

QString HistoryWindow::label(const QString &path) const
{
    return CaseLabels::fieldLabel(m_vocabularies, m_language, path);
}

} // namespace Fb
