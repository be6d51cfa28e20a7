#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QUndoStack>

namespace Fb {

// The case being edited, as its JSON body, with one undo history across the whole form. Widgets
// are views on field paths (CaseFields): a user's edit goes in through edit(), undo and redo come
// back out through valueChanged() so the widget of that path shows the value again.
class CaseDraft : public QObject
{
    Q_OBJECT

public:
    // Typing in one field merges into one undo step until the user pauses this long.
    static constexpr int MergeWindowMs = 1500;

    explicit CaseDraft(QObject *parent = nullptr);

    // Starts over with body; the undo history is cleared.
    void reset(const QJsonObject &body);

    const QJsonObject &body() const { return m_body; }

    QJsonValue value(const QString &path) const;

    // A user's edit of one field. Empty strings and lists are stored as absent, as the canonical
    // form of the case has them.
    void edit(const QString &path, const QJsonValue &value);

    QUndoStack *undoStack() { return &m_undo; }

Q_SIGNALS:
    // A path's value changed by undo, redo or reset (path empty: every field); its widget should
    // show value(path) again.
    void valueChanged(const QString &path);
    // The body changed, by any means.
    void changed();

private:
    friend class SetFieldCommand;
    void apply(const QString &path, const QJsonValue &value, bool notifyWidget);

    QJsonObject m_body;
    QUndoStack m_undo;
    QElapsedTimer m_lastEdit;
};

} // namespace Fb
