#pragma once

#include "caserecord.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <utility>

namespace Fb {

class CaseStore;

// What a record links to and what links to it, for showing it (docs/questions.md): the titles of
// the cases its answers, adoptions and origin name, and the questions a case was given as an
// answer to.
struct LinkedRecords
{
    QHash<QString, QString> titles; // id → title, for the records in the replica
    QList<std::pair<QString, QString>> questions; // questions this case answers: id, title

    QString title(const QString &id) const { return titles.value(id); }
};

class RecordLinks
{
public:
    explicit RecordLinks(const CaseStore &store);

    Result<LinkedRecords> of(const CaseRecord &record) const;

private:
    const CaseStore &m_store;
};

} // namespace Fb

Q_DECLARE_METATYPE(Fb::LinkedRecords)
