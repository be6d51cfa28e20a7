#pragma once

#include "language.h"
#include "vocabularies.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Fb {

class CaseDraft;

// Review of one case: its review state with the moves the user's role may make (the same rules
// the server enforces, so offline the user is offered only what will be accepted), and the
// reviewers' comments on fields with the author's answers. Every change is an edit of the draft,
// saved and synced like any other.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    ReviewPanel(CaseDraft &draft, const Vocabularies &vocabularies, Language language, QWidget *parent = nullptr);

    // The logged-in account; without one, the panel only shows.
    void setAccount(const QString &role, const QString &user);

    QTreeWidget *comments() const { return m_comments; }

    QList<QPushButton *> moveButtons() const { return m_moves; }

    // Moves the case to state, if the rules allow; otherwise says why (problem()).
    bool move(const QString &state);
    void addComment(const QString &path, const QString &text);
    void answerSelected(const QString &text);
    void resolveSelected();

    // The label of a field path, as the form names it.
    QString fieldLabel(const QString &path) const;

Q_SIGNALS:
    // The case moved to another review state: worth saving at once.
    void moved(const QString &state);
    void problem(const QString &message);

private:
    void refresh();
    QString selectedId() const;

    CaseDraft &m_draft;
    const Vocabularies &m_vocabularies;
    Language m_language;
    QString m_role;
    QString m_user;
    QLabel *m_state;
    QWidget *m_moveBox;
    QList<QPushButton *> m_moves;
    QLabel *m_message;
    QTreeWidget *m_comments;
    QComboBox *m_field;
    QLineEdit *m_text;
    QPushButton *m_comment;
    QPushButton *m_answer;
    QPushButton *m_resolve;
};

} // namespace Fb
