#pragma once

#include "casecomparison.h"
#include "caselabels.h"
#include "decisiondocument.h"
#include "error.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;

namespace Fb {

class CompareModel;
class ReplicaService;

// Jämför: 2–5 cases side by side in a window of its own, every field a row, the rows where they
// differ in bold, and a switch to show only those; from here, the cases as one decision document
// with the sections the user picks. The cases are read on the replica's worker; the window shows
// itself when they are here.
class CompareWindow : public QWidget
{
    Q_OBJECT

public:
    CompareWindow(ReplicaService &replica,
                  const Vocabularies &vocabularies,
                  const ReferenceData &referenceData,
                  Language language,
                  QWidget *parent);

    // Reads the cases and shows them; fewer than two or more than five is refused.
    void compare(const QStringList &ids);

    CompareModel &model() const { return *m_model; }

    QTableView *table() const { return m_table; }

    // The sections the decision document gets, in the vocabulary's order.
    QStringList chosenSections() const;

    QMenu *sectionsMenu() const { return m_sections; }

Q_SIGNALS:
    // The cases are on show (or could not be read: error).
    void shown(const Fb::Error &error);

private:
    void loaded(const QList<CaseRecord> &records, const Error &error);

    ReplicaService &m_replica;
    const Vocabularies &m_vocabularies;
    CaseLabels m_labels;
    CompareModel *m_model;
    DecisionDocument m_document;
    QList<CaseRecord> m_records;
    QTableView *m_table;
    QMenu *m_sections;
    QPushButton *m_export;
    QCheckBox *m_onlyDifferences;
    QLabel *m_message;
    bool m_waiting = false;
};

} // namespace Fb
