#include "recordlinks.h"

#include "casestore.h"
#include "sqlresult.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fb {

RecordLinks::RecordLinks(const CaseStore &store)
    : m_store(store)
{
}

Result<LinkedRecords> RecordLinks::of(const CaseRecord &record) const
{
    LinkedRecords links;
    QStringList ids;
    for (const Answer &a : record.answers) {
        ids.append(a.caseId);
    }
    for (const Adoption &a : record.adoptions) {
        ids.append(a.caseId);
    }
    ids.append(record.originCase);
    ids.removeAll(QString());
    ids.removeDuplicates();

    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT title FROM cases WHERE id = ?"_s);
    for (const QString &id : std::as_const(ids)) {
        q.addBindValue(id);
        if (auto r = execute(q, u"cases"_s); !r) {
            return r.error();
        }
        if (q.next()) {
            links.titles.insert(id, q.value(0).toString());
        }
    }
    if (record.isQuestion()) {
        return links;
    }
    // Questions are few beside the cases: their rows come from the record-type facet, and only
    // their answers are read.
    q.prepare(u"SELECT DISTINCT c.id, c.title FROM case_facet f "
              "JOIN cases c ON c.rowid = f.case_rowid, json_each(c.body, '$.answers') a "
              "WHERE f.facet = ? AND f.value = ? AND json_extract(a.value, '$.case_id') = ? "
              "ORDER BY c.title"_s);
    q.addBindValue(int(Facet::RecordType));
    q.addBindValue(QString::fromLatin1(CaseRecord::RecordQuestion));
    q.addBindValue(record.id);
    if (auto r = execute(q, u"case_facet"_s); !r) {
        return r.error();
    }
    while (q.next()) {
        links.questions.append({q.value(0).toString(), q.value(1).toString()});
    }
    return links;
}

} // namespace Fb
