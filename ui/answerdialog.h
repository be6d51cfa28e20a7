#pragma once

#include <QDialog>
#include <QList>

#include <utility>

class QComboBox;
class QPlainTextEdit;

namespace Fb {

// Answers a question with a case of the bank and a short note ("vi gjorde så här i Torsby").
// The cases offered are the ones the main window lists for the question's words.
class AnswerDialog : public QDialog
{
    Q_OBJECT

public:
    // cases: id and title, best first.
    AnswerDialog(const QString &question, const QList<std::pair<QString, QString>> &cases, QWidget *parent = nullptr);

    QString caseId() const;
    QString note() const;

    QComboBox *caseBox() const { return m_cases; }

    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    QComboBox *m_cases;
    QPlainTextEdit *m_note;
};

} // namespace Fb
