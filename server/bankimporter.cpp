#include "bankimporter.h"

#include "casefields.h"
#include "caserecord.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// Calls visit for each non-empty line's parsed and validated case; stops at the first failure.
Result<qint64> scan(QIODevice &input,
                    const CaseValidator &validator,
                    const std::function<Result<void>(const CaseRecord &)> &visit,
                    BankImportReport &report)
{
    if (!input.seek(0)) {
        return Error{ErrorCode::FileOpenFailed, {}, u"cannot rewind the input"_s};
    }
    qint64 line = 0;
    qint64 count = 0;
    while (!input.atEnd()) {
        const QByteArray text = input.readLine(CaseRecord::MaxDocumentBytes + 2).trimmed();
        ++line;
        if (text.isEmpty()) {
            continue;
        }
        auto record = CaseRecord::fromJson(text);
        if (record) {
            if (const QList<Error> errors = validator.validate(*record); !errors.isEmpty()) {
                record = errors.first();
            }
        }
        if (!record) {
            report.firstBadLine = line;
            report.error = record.error();
            return count;
        }
        if (auto r = visit(*record); !r) {
            return r.error();
        }
        ++count;
    }
    return count;
}

} // namespace

BankImporter::BankImporter(ServerStore &store, const CaseValidator &validator)
    : m_store(store)
    , m_validator(validator)
{
}

Result<BankImportReport>
BankImporter::import(QIODevice &input, const QString &organisationId, const QString &userId, qint64 now)
{
    BankImportReport report;
    auto checked = scan(
        input,
        m_validator,
        [](const CaseRecord &) {
            return Result<void>();
        },
        report);
    if (!checked) {
        return checked.error();
    }
    if (report.firstBadLine > 0) {
        return report;
    }
    CaseRepository cases(m_store);
    const QString batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto written = m_store.transaction([&]() -> Result<void> {
        auto count = scan(
            input,
            m_validator,
            [&](const CaseRecord &record) -> Result<void> {
                auto existing = cases.find(record.id);
                if (!existing) {
                    return existing.error();
                }
                const QJsonObject body = record.toJsonObject();
                StoredCase c{record.id, 1, false, body, {}, organisationId};
                if (existing->has_value()) {
                    c.version = (*existing)->version + 1;
                    c.fieldVersions = (*existing)->fieldVersions;
                }
                for (const QString &path : CaseFields::paths(body)) {
                    c.fieldVersions.insert(path, c.version);
                }
                const QString owner = body.value("owner"_L1).toObject().value("type"_L1).toString() + u':'
                    + body.value("owner"_L1).toObject().value("code"_L1).toString();
                if (auto o = m_store.organisation(owner); o && o->has_value()) {
                    c.organisationId = owner;
                }
                auto seq = cases.allocateSeq();
                if (!seq) {
                    return seq.error();
                }
                return cases.write(c, *seq, batchId, userId, now);
            },
            report);
        if (!count) {
            return count.error();
        }
        report.imported = *count;
        return {};
    });
    if (!written) {
        return written.error();
    }
    return report;
}

} // namespace Fb
