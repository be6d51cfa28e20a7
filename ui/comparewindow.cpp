#include "comparewindow.h"

#include "comparemodel.h"
#include "decisionexport.h"
#include "errormessages.h"
#include "replicaservice.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
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
    , m_document(vocabularies, referenceData, language)
    , m_table(new QTableView(this))
    , m_sections(new QMenu(this))
    , m_export(new QPushButton(tr("&Export decision document…"), this))
    , m_onlyDifferences(new QCheckBox(tr("Show only &differences"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Compare cases"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_onlyDifferences);
    bar->addStretch();
    auto *sections = new QToolButton(this);
    sections->setText(tr("&Sections in the document"));
    sections->setMenu(m_sections);
    sections->setPopupMode(QToolButton::InstantPopup);
    sections->setAccessibleDescription(tr("Which sections of each case the decision document has"));
    bar->addWidget(sections);
    bar->addWidget(m_export);
    layout->addLayout(bar);
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
    const QStringList chosen = DecisionDocument::defaultSections();
    for (const VocabularyEntry &s : vocabularies.vocabulary(Vocabularies::Section).entries()) {
        QAction *section = m_sections->addAction(s.label(language));
        section->setData(s.key);
        section->setCheckable(true);
        section->setChecked(chosen.contains(s.key));
    }
    connect(m_export, &QPushButton::clicked, this, [this] {
        DecisionExport::exportCases(this, m_document, m_records, chosenSections());
    });
    connect(&m_replica, &ReplicaService::casesLoaded, this, &CompareWindow::loaded);
    resize(1100, 700);
}

QStringList CompareWindow::chosenSections() const
{
    QStringList keys;
    for (const QAction *a : m_sections->actions()) {
        if (a->isChecked()) {
            keys.append(a->data().toString());
        }
    }
    return keys;
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
    m_records = error.code == ErrorCode::None ? records : QList<CaseRecord>{};
    m_export->setEnabled(!m_records.isEmpty());
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
