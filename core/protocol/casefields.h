#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace Fb {

// A case body seen as field paths, the unit of versions, mutations and merges (docs/sync.md):
// every top-level key is a path, except sections, study_visit, review_comments, answers and
// adoptions, split one level down because people write different sections of one case, and
// reviewers, authors and other organisations different comments, answers and adoptions, at the
// same time.
namespace CaseFields {

// Set by the server; never written by clients, never in conflict.
bool isServerField(const QString &key);
// id and schema: fixed once a case exists.
bool isFixedField(const QString &key);
// Whether the path holds Markdown text (summary, sections.*): merged by blocks, typed as text.
bool isTextPath(const QString &path);
// review_comments.<comment id>: one review comment (its id a lower-case uuid).
bool isReviewCommentPath(const QString &path);
// One entry of an object keyed by uuid: review_comments.<id>, answers.<id>, adoptions.<id>.
bool isEntryPath(const QString &path);
// review_comments, answers, adoptions: the objects whose entries are written one at a time.
bool isEntryObject(const QString &key);
// An entry that organisations other than the record's owner write, each its own: answers.<id> (on
// a question) and adoptions.<id> (on a case) (docs/questions.md).
bool isContributionPath(const QString &path);
// Whether a review comment may be attached to path: a field of the record ("title",
// "sections.results", "owner.name", "contacts", "contacts[0].email"); not the server's or review
// fields.
bool isCasePath(const QString &path);
// Whether a client may name this path in a mutation's "set".
bool isWritablePath(const QString &path);

// The writable paths present in body, in key order.
QStringList paths(const QJsonObject &body);
// The value at path; Undefined when absent.
QJsonValue valueAt(const QJsonObject &body, const QString &path);
// Sets the value at path; null or undefined removes it (and an emptied split object).
void setValue(QJsonObject &body, const QString &path, const QJsonValue &value);
// The "set" of an update mutation that takes from to to: each writable path whose value
// differs, with null for a removed one.
QJsonObject diff(const QJsonObject &from, const QJsonObject &to);
// Whether two bodies agree on every writable path (server fields and timestamps aside).
bool sameContent(const QJsonObject &a, const QJsonObject &b);

} // namespace CaseFields

} // namespace Fb
