#pragma once

#include "studyvisitbank.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace Fb {

// Asks what a study-visit request needs (dates, group size, who asks) and builds it.
class VisitRequestDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VisitRequestDialog(const StudyVisitEntry &entry, QWidget *parent = nullptr);

    void setRequester(const QString &name, const QString &organisation);
    VisitRequest request() const;

private:
    StudyVisitEntry m_entry;
    QLineEdit *m_dates;
    QSpinBox *m_groupSize;
    QLineEdit *m_name;
    QLineEdit *m_organisation;
};

} // namespace Fb
