#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Fb {

// One field path both sides changed in ways that cannot be merged. Undefined means absent.
struct FieldConflict
{
    QString path;
    QJsonValue base{QJsonValue::Undefined};
    QJsonValue local{QJsonValue::Undefined};
    QJsonValue remote{QJsonValue::Undefined};

    bool operator==(const FieldConflict &other) const = default;
};

struct MergeResult
{
    QJsonObject merged;
    QList<FieldConflict> conflicts;
};

// The client's three-way merge of a case body (docs/sync.md, "Merge rules" of the reference
// design): per field path, sets by set algebra, Markdown text by blocks (TextMerge), everything
// else only when one side left it as it was.
class CaseMerge
{
public:
    // Three-way merge of case bodies per field path (CaseFields::paths). In `merged`, a conflicting
    // path holds the LOCAL value (the user's edit stays visible; the conflict row holds the remote
    // one). Conflicts are sorted by path.
    static MergeResult merge3(const QJsonObject &base, const QJsonObject &local, const QJsonObject &remote);
};

} // namespace Fb
