#pragma once

#include "caserecord.h"
#include "language.h"
#include "vocabularies.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Fb {

// "Vi har infört detta" (docs/questions.md): when the user's organisation took a case up, in what
// state it is, what was adapted and the outcome so far.
class AdoptionDialog : public QDialog
{
    Q_OBJECT

public:
    AdoptionDialog(const Vocabularies &vocabularies,
                   Language language,
                   const QString &caseTitle,
                   const QString &organisationName,
                   QWidget *parent = nullptr);

    // The adoption as typed (the organisation is filled in when it is written).
    Adoption adoption() const;

    QLineEdit *periodEdit() const { return m_period; }

    QComboBox *statusBox() const { return m_status; }

    QPlainTextEdit *adaptationEdit() const { return m_adaptation; }

private:
    QLineEdit *m_period;
    QComboBox *m_status;
    QPlainTextEdit *m_adaptation;
    QPlainTextEdit *m_outcome;
};

} // namespace Fb
