#include "comparewindow.h"

#include "comparemodel.h"
#include "errormessages.h"
#include "replicaservice.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Fb {

CompareWindow::CompareWindow(ReplicaService &replica,
                             const Vocabularies &vocabularies,
                             const ReferenceData &referenceData,
                             Language language,
                             QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_replica(replica)
    , m_vocabularies(vocabularies)
    , m_labels(vocabularies, referenceData, language)
    , m_model(new CompareModel(this))
    , m_table(new QTableView(this))
    , m_onlyDifferences(new QCheckBox(tr("Show only &differences"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Compare cases"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_onlyDifferences);
    layout->addWidget(m_message);
    layout->addWidget(m_table);
    m_message->setWordWrap(true);
    m_message->hide();
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Comparison"));
    m_table->setAccessibleDescription(tr("One column per case, one row per field; rows marked ≠ differ"));
    m_onlyDifferences->setAccessibleDescription(tr("Hides the rows where all the cases say the same"));
    connect(m_onlyDifferences, &QCheckBox::toggled, m_model, &CompareModel::setOnlyDifferences);
    connect(&m_replica, &ReplicaService::casesLoaded, this, &CompareWindow::loaded);
    resize(1100, 700);
}

void CompareWindow::compare(const QStringList &ids)
{
    if (ids.size() < CaseComparison::MinCases || ids.size() > CaseComparison::MaxCases) {
        return;
    }
    m_waiting = true;
    m_replica.loadCases(ids);
}

void CompareWindow::loaded(const QList<CaseRecord> &records, const Error &error)
{
    if (!std::exchange(m_waiting, false)) {
        return; // another window's
    }
    if (error.code != ErrorCode::None) {
        m_model->setComparison({}, {});
        m_message->setText(tr("The cases could not be read.\n%1").arg(ErrorMessages::text(error)));
        m_message->show();
    } else {
        QStringList titles;
        for (const CaseRecord &c : records) {
            titles.append(c.title);
        }
        m_message->hide();
        m_model->setComparison(titles, CaseComparison(m_vocabularies, m_labels).rows(records, QDate::currentDate()));
    }
    show();
    raise();
    activateWindow();
    m_table->setFocus();
    Q_EMIT shown(error);
}

} // namespace Fb
