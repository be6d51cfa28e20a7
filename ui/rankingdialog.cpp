#include "rankingdialog.h"

#include "errormessages.h"
#include "helpwindow.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

enum Column {
    RankColumn,
    TitleColumn,
    ScoreColumn,
    FieldsColumn,
    SpellingColumn,
    ColumnCount
};

QString fieldName(const QString &column)
{
    if (column == "title"_L1) {
        return RankingDialog::tr("title");
    }
    if (column == "summary"_L1) {
        return RankingDialog::tr("summary");
    }
    if (column == "sections"_L1) {
        return RankingDialog::tr("sections");
    }
    if (column == "tags"_L1) {
        return RankingDialog::tr("tags");
    }
    return column;
}

} // namespace

RankingDialog::RankingDialog(ReplicaService &replica, const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_text(text)
    , m_query(new QLabel(tr("Ranking the search…"), this))
    , m_hits(new QTreeWidget(this))
{
    setWindowTitle(tr("How the search is ranked"));
    HelpWindow::setTopic(this, HelpTopic::Searching);
    auto *how = new QLabel(tr("Matches in the title count most (weight 10), then the summary (5), the sections (2) and "
                              "the tags (1): that is the BM25 score, higher is better. Among the first %1, cases "
                              "with every word spelled exactly as typed come first.")
                               .arg(ExactSpelling::Rows),
                           this);
    how->setWordWrap(true);
    m_query->setWordWrap(true);
    m_query->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_query->setAccessibleName(tr("Search query"));
    m_hits->setColumnCount(ColumnCount);
    m_hits->setHeaderLabels({tr("Rank"), tr("Title"), tr("Score"), tr("Matched in"), tr("Exact spelling")});
    m_hits->setRootIsDecorated(false);
    m_hits->setAlternatingRowColors(true);
    m_hits->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_hits->header()->setStretchLastSection(false);
    m_hits->setAccessibleName(tr("Ranked hits"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(how);
    layout->addWidget(m_query);
    layout->addWidget(m_hits, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(u'M') * 70, fontMetrics().height() * 30);

    connect(&replica, &ReplicaService::rankingExplained, this, [this](const RankingExplanation &explanation) {
        if (explanation.text == m_text) {
            display(explanation);
        }
    });
    replica.explainRanking(text);
}

void RankingDialog::display(const RankingExplanation &explanation)
{
    m_hits->clear();
    if (explanation.error.code != ErrorCode::None) {
        m_query->setText(ErrorMessages::text(explanation.error));
    } else if (explanation.ftsQuery.isEmpty()) {
        m_query->setText(tr("Type words in the search field first: there is nothing to rank."));
    } else {
        // What the recall step did, when the words together found few (SearchRecall).
        const QStringList notes = explanation.recall.notes();
        m_query->setText(tr("The search \"%1\" as an FTS5 query: %2").arg(explanation.text, explanation.ftsQuery)
                         + (notes.isEmpty() ? QString() : u'\n' + notes.join(u'\n')));
    }
    const QLocale locale;
    for (qsizetype i = 0; i < explanation.hits.size(); ++i) {
        const ExplainedHit &hit = explanation.hits.at(i);
        QStringList fields;
        for (const QString &column : hit.columns) {
            fields.append(fieldName(column));
        }
        auto *item = new QTreeWidgetItem(m_hits);
        item->setText(RankColumn, locale.toString(i + 1));
        item->setText(TitleColumn, hit.title);
        item->setText(ScoreColumn, locale.toString(hit.score, 'f', 2));
        item->setText(FieldsColumn, fields.join(u", "_s));
        item->setText(SpellingColumn, hit.exactSpelling ? tr("yes") : tr("no"));
        for (int c : {RankColumn, ScoreColumn}) {
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    for (int c : {RankColumn, ScoreColumn, FieldsColumn, SpellingColumn}) {
        m_hits->resizeColumnToContents(c);
    }
    Q_EMIT explained();
}

} // namespace Fb
