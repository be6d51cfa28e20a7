#include "editcommands.h"

#include "casefields.h"
#include "localedits.h"
#include "replicaeditor.h"
#include "syncledger.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

Result<QString> readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::FileOpenFailed, path, f.errorString()};
    }
    const QByteArray bytes = f.readAll();
    QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        return Error{ErrorCode::InvalidUtf8, path, {}};
    }
    return text;
}

QJsonValue jsonOrAbsent(const QJsonValue &v)
{
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

} // namespace

EditCommands::EditCommands(CliApplication &cli)
    : m_cli(cli)
{
}

QJsonValue EditCommands::parseValue(const QString &path, const QString &text)
{
    if (text.isEmpty()) {
        return QJsonValue(QJsonValue::Null);
    }
    if (CaseFields::isTextPath(path)) {
        return text;
    }
    // Wrapped in an array so scalars parse too.
    const QJsonDocument doc = QJsonDocument::fromJson(u"[%1]"_s.arg(text).toUtf8());
    if (doc.isArray() && doc.array().size() == 1) {
        return doc.array().first();
    }
    return text;
}

Result<QList<std::pair<QString, QJsonValue>>>
EditCommands::parseSets(const QStringList &sets, const std::function<bool(const QString &)> &allowed)
{
    QList<std::pair<QString, QJsonValue>> changes;
    for (const QString &set : sets) {
        const qsizetype eq = set.indexOf(u'=');
        const QString path = set.left(eq);
        if (eq < 1 || !allowed(path)) {
            return Error{ErrorCode::UsageError, {}, set.left(eq < 0 ? set.size() : eq)};
        }
        changes.append({path, parseValue(path, set.mid(eq + 1))});
    }
    return changes;
}

int EditCommands::create(const QString &file)
{
    auto text = readText(file);
    if (!text) {
        return m_cli.failEdit(text.error());
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &pe);
    if (!doc.isObject()) {
        return m_cli.failEdit(Error{ErrorCode::InvalidJson, file, pe.errorString()});
    }
    QJsonObject body = doc.object();
    if (body.value("id"_L1).toString().isEmpty()) {
        body.insert(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    if (!body.contains("schema"_L1)) {
        body.insert(u"schema"_s, 1);
    }
    auto record = CaseRecord::fromJsonObject(body);
    if (!record) {
        return m_cli.failEdit(record.error());
    }
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.failEdit(r.error());
    }
    if (auto existing = m_cli.m_store->get(record->id); existing) {
        return m_cli.failEdit(Error{ErrorCode::AlreadyExists, record->id, {}});
    }
    SyncLedger ledger(*m_cli.m_store);
    if (auto r = LocalEdits(ledger).save(*record); !r) {
        return m_cli.failEdit(r.error());
    }
    if (m_cli.m_json) {
        m_cli.printJson(QJsonObject{{u"id"_s, record->id}});
    } else {
        m_cli.m_out << record->id << '\n';
    }
    return CliApplication::Success;
}

int EditCommands::update(const QString &id, const QStringList &sets, const QStringList &sections)
{
    if (sets.isEmpty() && sections.isEmpty()) {
        return m_cli.usage(tr("update needs --set FIELD=VALUE or --section KEY=@FILE."));
    }
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.failEdit(r.error());
    }
    auto parsed = parseSets(sets, CaseFields::isWritablePath);
    if (!parsed) {
        return m_cli.usage(tr("Not a field you can set: %1").arg(parsed.error().detail));
    }
    QList<std::pair<QString, QJsonValue>> changes = std::move(parsed).value();
    for (const QString &section : sections) {
        const qsizetype eq = section.indexOf(u'=');
        if (eq < 1) {
            return m_cli.usage(tr("--section needs KEY=@FILE."));
        }
        QString value = section.mid(eq + 1);
        if (value.startsWith(u'@')) {
            auto text = readText(value.mid(1));
            if (!text) {
                return m_cli.failEdit(text.error());
            }
            value = *text;
        }
        changes.append({u"sections."_s + section.left(eq), value.isEmpty() ? QJsonValue(QJsonValue::Null) : value});
    }
    // Read, change and store in one write transaction: the app may be saving the same case.
    SyncLedger ledger(*m_cli.m_store);
    auto saved = m_cli.m_store->transaction([&]() -> Result<void> {
        auto record = m_cli.m_store->get(id);
        if (!record) {
            return record.error();
        }
        QJsonObject body = record->toJsonObject();
        for (const auto &[path, value] : std::as_const(changes)) {
            CaseFields::setValue(body, path, value);
        }
        auto edited = CaseRecord::fromJsonObject(body);
        if (!edited) {
            return edited.error();
        }
        return LocalEdits(ledger).save(*edited);
    });
    if (!saved) {
        return m_cli.failEdit(saved.error());
    }
    m_cli.m_out << tr("Saved. The next sync sends the change.") << '\n';
    return CliApplication::Success;
}

int EditCommands::remove(const QString &id)
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.failEdit(r.error());
    }
    if (auto r = ReplicaEditor(*m_cli.m_store).remove(id); !r) {
        return m_cli.failEdit(r.error());
    }
    m_cli.m_out << tr("Deleted. The next sync sends the deletion.") << '\n';
    return CliApplication::Success;
}

int EditCommands::conflicts()
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.failEdit(r.error());
    }
    SyncLedger ledger(*m_cli.m_store);
    auto open = ledger.conflicts();
    auto refused = ledger.rejected();
    if (!open || !refused) {
        return m_cli.failEdit(!open ? open.error() : refused.error());
    }
    QJsonArray array;
    for (const StoredConflict &c : std::as_const(*open)) {
        array.append(QJsonObject{{u"id"_s, c.caseId},
                                 {u"path"_s, c.path},
                                 {u"base"_s, jsonOrAbsent(c.base)},
                                 {u"mine"_s, jsonOrAbsent(c.local)},
                                 {u"theirs"_s, jsonOrAbsent(c.remote)},
                                 {u"remote_version"_s, c.remoteVersion},
                                 {u"detected_at"_s, c.detectedAt}});
        if (!m_cli.m_json) {
            m_cli.m_out << c.caseId << "  " << c.path << '\n';
        }
    }
    for (const OutboxEntry &e : std::as_const(*refused)) {
        // A change the server refused for good: shown beside the conflicts, it needs the user too.
        array.append(QJsonObject{{u"id"_s, e.caseId}, {u"path"_s, u"$rejected"_s}, {u"error"_s, e.lastError}});
        if (!m_cli.m_json) {
            m_cli.m_out << e.caseId << "  " << tr("refused by the server: %1").arg(e.lastError) << '\n';
        }
    }
    if (m_cli.m_json) {
        m_cli.printJson(array);
    } else if (array.isEmpty()) {
        m_cli.m_out << tr("No conflicts.") << '\n';
    }
    return CliApplication::Success;
}

int EditCommands::archive()
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.failEdit(r.error());
    }
    auto archived = SyncLedger(*m_cli.m_store).archived();
    if (!archived) {
        return m_cli.failEdit(archived.error());
    }
    if (m_cli.m_json) {
        m_cli.printJson(*archived);
        return CliApplication::Success;
    }
    if (archived->isEmpty()) {
        m_cli.m_out << tr("Nothing has been thrown away here.") << '\n';
    }
    for (const QJsonValue &v : std::as_const(*archived)) {
        const QJsonObject o = v.toObject();
        const QJsonValue value = o.value("value"_L1);
        const QString text = value.isObject()
            ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
            : value.isArray() ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                              : value.toVariant().toString();
        m_cli.m_out << o.value("discarded_at"_L1).toString() << "  " << o.value("case_id"_L1).toString() << "  "
                    << o.value("path"_L1).toString() << "  " << o.value("reason"_L1).toString() << '\n'
                    << "    " << text.left(200).replace(u'\n', u' ') << '\n';
    }
    return CliApplication::Success;
}

int EditCommands::resolve(const QString &id, const QString &path, const QString &take)
{
    LocalEdits::Take how = LocalEdits::Take::Value;
    QJsonValue value;
    if (take == "mine"_L1) {
        how = LocalEdits::Take::Mine;
    } else if (take == "theirs"_L1) {
        how = LocalEdits::Take::Theirs;
    } else {
        auto text = readText(take);
        if (!text) {
            return m_cli.failEdit(text.error());
        }
        value = parseValue(path, CaseFields::isTextPath(path) ? *text : text->trimmed());
    }
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.failEdit(r.error());
    }
    SyncLedger ledger(*m_cli.m_store);
    if (auto r = LocalEdits(ledger).resolve(id, path, how, value); !r) {
        return m_cli.failEdit(r.error());
    }
    m_cli.m_out << tr("Resolved. The next sync sends the result.") << '\n';
    return CliApplication::Success;
}

int EditCommands::revert(const QString &id)
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.failEdit(r.error());
    }
    SyncLedger ledger(*m_cli.m_store);
    if (auto r = LocalEdits(ledger).revert(id); !r) {
        return m_cli.failEdit(r.error());
    }
    m_cli.m_out << tr("Local changes thrown away (a copy is kept in the profile).") << '\n';
    return CliApplication::Success;
}

int EditCommands::attach(const QString &id, const QString &file)
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.failEdit(r.error());
    }
    auto attachment = ReplicaEditor(*m_cli.m_store).attach(id, file);
    if (!attachment) {
        return m_cli.failEdit(attachment.error());
    }
    if (m_cli.m_json) {
        m_cli.printJson(QJsonObject{{u"sha256"_s, attachment->sha256},
                                    {u"size"_s, attachment->size},
                                    {u"mime"_s, attachment->mime}});
    } else {
        m_cli.m_out << attachment->sha256 << '\n';
    }
    return CliApplication::Success;
}

} // namespace Fb
