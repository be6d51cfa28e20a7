#include "caseimporter.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

constexpr qsizetype BatchSize = 500;
// A JSON array or a pretty-printed object is read whole; JSON Lines are streamed.
constexpr qint64 MaxWholeDocument = 256LL * 1024 * 1024;

Result<CaseRecord> parseChecked(const QByteArray &json, const CaseValidator &validator)
{
    auto record = CaseRecord::fromJson(json);
    if (!record) {
        return record;
    }
    if (const QList<Error> errors = validator.validate(*record); !errors.isEmpty()) {
        return errors.first();
    }
    return record;
}

} // namespace

CaseImporter::CaseImporter(LocalEdits &edits, const CaseValidator &validator)
    : m_edits(edits)
    , m_store(edits.store())
    , m_validator(validator)
{
}

Result<void> CaseImporter::read(QIODevice &device,
                                const CaseValidator &validator,
                                const std::function<bool(qint64, Result<CaseRecord> &&)> &visit)
{
    if (!device.seek(0)) {
        return Error{ErrorCode::FileOpenFailed, {}, u"cannot rewind the input"_s};
    }
    // Decide the format from the first character and whether the first line is a whole object.
    QByteArray head = device.peek(4096).trimmed();
    const bool array = head.startsWith('[');
    bool whole = array;
    if (!array) {
        const QByteArray firstLine = device.peek(CaseRecord::MaxDocumentBytes + 2).split('\n').value(0).trimmed();
        whole = !firstLine.isEmpty() && firstLine.startsWith('{') && !QJsonDocument::fromJson(firstLine).isObject();
    }
    if (whole) {
        if (device.size() > MaxWholeDocument) {
            return Error{ErrorCode::DocumentTooLarge, {}, u"use JSON Lines for large imports"_s};
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(device.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError) {
            return Error{ErrorCode::InvalidJson, {}, u"%1 at offset %2"_s.arg(pe.errorString()).arg(pe.offset)};
        }
        const QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonValue v = items.at(i);
            Result<CaseRecord> r =
                v.isObject() ? CaseRecord::fromJsonObject(v.toObject()) : Result<CaseRecord>(ErrorCode::NotAnObject);
            if (r) {
                if (const QList<Error> errors = validator.validate(*r); !errors.isEmpty()) {
                    r = errors.first();
                }
            }
            if (!visit(i + 1, std::move(r))) {
                break;
            }
        }
        return {};
    }

    qint64 lineNumber = 0;
    while (!device.atEnd()) {
        QByteArray line = device.readLine(CaseRecord::MaxDocumentBytes + 2);
        ++lineNumber;
        if (!line.endsWith('\n') && !device.atEnd()) {
            // Longer than any valid case: skip to the end of the line and report it.
            while (!device.atEnd() && !device.readLine(64 * 1024).endsWith('\n')) {
            }
            if (!visit(lineNumber, Result<CaseRecord>(ErrorCode::LineTooLong))) {
                break;
            }
            continue;
        }
        line = line.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        if (!visit(lineNumber, parseChecked(line, validator))) {
            break;
        }
    }
    return {};
}

Result<ImportReport> CaseImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::FileOpenFailed, path, file.errorString()};
    }
    if (file.isSequential()) {
        // Pipes cannot be read twice; keep a copy.
        QBuffer buffer;
        buffer.setData(file.readAll());
        buffer.open(QIODevice::ReadOnly);
        return importDevice(buffer);
    }
    return importDevice(file);
}

Result<ImportReport> CaseImporter::importDevice(QIODevice &device)
{
    ImportReport report;
    const auto note = [&](qint64 line, const Error &error) {
        if (report.problems.size() < MaxProblems) {
            report.problems.append({line, error});
        }
    };

    if (m_policy == Policy::AllOrNothing) {
        // First pass: check everything, write nothing.
        bool bad = false;
        auto scanned = read(device, m_validator, [&](qint64 line, Result<CaseRecord> &&r) {
            if (!r) {
                bad = true;
                note(line, r.error());
            }
            return true;
        });
        if (!scanned) {
            return scanned.error();
        }
        if (bad) {
            return report;
        }
    }

    QList<CaseRecord> batch;
    Result<void> writeError;
    auto written = m_store.transaction([&]() -> Result<void> {
        auto scanned = read(device, m_validator, [&](qint64 line, Result<CaseRecord> &&r) {
            if (!r) {
                note(line, r.error());
                return true;
            }
            batch.append(std::move(r).value());
            if (batch.size() >= BatchSize) {
                writeError = m_edits.saveMany(batch);
                report.imported += batch.size();
                batch.clear();
                if (m_progress) {
                    m_progress(report.imported);
                }
            }
            return writeError.ok();
        });
        if (!scanned) {
            return scanned;
        }
        if (!writeError) {
            return writeError;
        }
        if (!batch.isEmpty()) {
            if (auto r = m_edits.saveMany(batch); !r) {
                return r;
            }
            report.imported += batch.size();
        }
        return {};
    });
    if (!written) {
        return written.error();
    }
    if (m_progress) {
        m_progress(report.imported);
    }
    return report;
}

} // namespace Fb
