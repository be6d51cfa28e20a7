#include "casedraft.h"

#include "casefields.h"

#include <QJsonArray>
#include <QUndoCommand>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

QJsonValue normalised(const QJsonValue &value)
{
    if ((value.isString() && value.toString().isEmpty()) || (value.isArray() && value.toArray().isEmpty())
        || (value.isObject() && value.toObject().isEmpty()) || value.isNull()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    return value;
}

} // namespace

class SetFieldCommand : public QUndoCommand
{
public:
    static constexpr int Id = 1;

    SetFieldCommand(CaseDraft &draft, QString path, QJsonValue before, QJsonValue after, bool mergeable)
        : m_draft(draft)
        , m_path(std::move(path))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeable(mergeable)
    {
    }

    int id() const override { return Id; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const SetFieldCommand *>(other);
        if (!next->m_mergeable || next->m_path != m_path) {
            return false;
        }
        m_after = next->m_after;
        return true;
    }

    void undo() override { m_draft.apply(m_path, m_before, true); }

    void redo() override
    {
        // The first redo is the push: the widget already shows the value the user typed.
        m_draft.apply(m_path, m_after, !m_first);
        m_first = false;
    }

private:
    CaseDraft &m_draft;
    QString m_path;
    QJsonValue m_before;
    QJsonValue m_after;
    bool m_mergeable;
    bool m_first = true;
};

CaseDraft::CaseDraft(QObject *parent)
    : QObject(parent)
{
}

void CaseDraft::reset(const QJsonObject &body)
{
    m_undo.clear();
    m_body = body;
    m_lastEdit.invalidate();
    Q_EMIT valueChanged({});
    Q_EMIT changed();
}

QJsonValue CaseDraft::value(const QString &path) const
{
    return CaseFields::valueAt(m_body, path);
}

void CaseDraft::edit(const QString &path, const QJsonValue &value)
{
    const QJsonValue before = this->value(path);
    const QJsonValue after = normalised(value);
    if (before == after) {
        return;
    }
    // Only text typing merges; a choice in a list or a box is a step of its own.
    const bool typing = (after.isString() || after.isUndefined()) && (before.isString() || before.isUndefined());
    const bool mergeable = typing && m_lastEdit.isValid() && m_lastEdit.elapsed() < MergeWindowMs;
    m_lastEdit.start();
    m_undo.push(new SetFieldCommand(*this, path, before, after, mergeable));
}

void CaseDraft::apply(const QString &path, const QJsonValue &value, bool notifyWidget)
{
    CaseFields::setValue(m_body, path, value);
    if (notifyWidget) {
        // An undone step is finished: the next keystroke starts a new one.
        m_lastEdit.invalidate();
        Q_EMIT valueChanged(path);
    }
    Q_EMIT changed();
}

} // namespace Fb
