#pragma once

#include "caserecord.h"
#include "language.h"
#include "vocabularies.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QSettings;

namespace Fb {

class VocabularyChecklist;

// "Ställ en fråga till banken" (docs/questions.md): the question in a sentence, its background,
// policy areas and target groups. Not modal: as the user types, the main window searches the
// question's words and lists the cases that may already answer it. What is typed is kept in the
// settings until the question is asked or thrown away, so a closed window or a crash loses nothing.
class QuestionDialog : public QDialog
{
    Q_OBJECT

public:
    QuestionDialog(const Vocabularies &vocabularies, Language language, QSettings &settings, QWidget *parent = nullptr);

    // The question as typed: title, summary (background), areas and groups.
    CaseRecord question() const;

    QLineEdit *titleEdit() const { return m_title; }

    QPlainTextEdit *backgroundEdit() const { return m_background; }

    void accept() override;
    void reject() override;

Q_SIGNALS:
    // The question's text changed: the words to look for matching cases with.
    void questionTextChanged(const QString &text);

private:
    void keepDraft();
    void clearDraft();

    QSettings &m_settings;
    QLineEdit *m_title;
    QPlainTextEdit *m_background;
    VocabularyChecklist *m_areas;
    VocabularyChecklist *m_groups;
};

} // namespace Fb
