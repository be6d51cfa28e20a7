#include "synccommands.h"

#include "await.h"
#include "blobcache.h"
#include "caselabels.h"
#include "heldchanges.h"
#include "passwordprompt.h"
#include "replicalogin.h"
#include "syncengine.h"
#include "syncledger.h"
#include "tokenstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Fb {

SyncCommands::SyncCommands(CliApplication &cli)
    : m_cli(cli)
{
}

int SyncCommands::failSync(const Error &error)
{
    switch (error.code) {
    case ErrorCode::NotLoggedIn:
    case ErrorCode::InvalidCredentials:
    case ErrorCode::TokenExpired:
    case ErrorCode::TokenInvalid:
    case ErrorCode::AccountDisabled: return m_cli.fail(error, CliApplication::NotLoggedIn);
    case ErrorCode::NetworkFailed:
    case ErrorCode::ServerError:
    case ErrorCode::Throttled: return m_cli.fail(error, CliApplication::Unavailable);
    case ErrorCode::MassDeletion: return m_cli.fail(error, CliApplication::NeedsConfirmation);
    case ErrorCode::InvalidUrl:
    case ErrorCode::InsecureUrl:
    case ErrorCode::FileOpenFailed:
    case ErrorCode::CertificateInvalid: return m_cli.fail(error, CliApplication::InvalidInput);
    default: return m_cli.fail(error, CliApplication::StorageError);
    }
}

Result<LoginState> SyncCommands::storedLogin()
{
    auto login = ReplicaLogin(*m_cli.m_store).read();
    if (login && !login->configured()) {
        return Error{ErrorCode::NotLoggedIn, {}, {}};
    }
    return login;
}

Result<QString> SyncCommands::storedToken(const LoginState &login)
{
    TokenStore tokens;
    const QString account = TokenStore::account(QUrl(login.serverUrl), login.user);
    return await<QString>([&](auto done) {
        tokens.read(account, std::move(done));
    });
}

Result<std::unique_ptr<ServerApi>> SyncCommands::loggedInApi()
{
    auto login = storedLogin();
    if (!login) {
        return login.error();
    }
    auto token = storedToken(*login);
    if (!token) {
        return token.error();
    }
    auto api = std::make_unique<ServerApi>(m_cli.m_nam, ReplicaLogin::serverSettings(*login));
    if (auto r = api->prepare(); !r) {
        return r.error();
    }
    api->setToken(*token);
    return api;
}

int SyncCommands::login(const QString &server, const QString &user, const QString &caFile, bool developer)
{
    auto url = ServerSettings::parseUrl(server, developer);
    if (!url) {
        return failSync(url.error());
    }
    const QString ca = caFile.isEmpty() ? QString() : QFileInfo(caFile).absoluteFilePath();
    ServerApi api(m_cli.m_nam, ServerSettings{*url, ca, developer});
    if (auto r = api.prepare(); !r) {
        return failSync(r.error());
    }
    const QString password = PasswordPrompt::read(m_cli.m_err, tr("Password for %1: ").arg(user));
    auto reply = await<LoginReply>([&](auto done) {
        api.login(user, password, std::move(done));
    });
    if (!reply) {
        return failSync(reply.error());
    }
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.fail(r.error(), CliApplication::StorageError);
    }
    TokenStore tokens;
    auto stored = await<void>([&](auto done) {
        tokens.write(TokenStore::account(*url, user), reply->token, std::move(done));
    });
    if (!stored) {
        return failSync(stored.error());
    }
    if (auto r = ReplicaLogin(*m_cli.m_store).save({url->toString(), user, ca, reply->role, reply->organisationId});
        !r) {
        return m_cli.fail(r.error(), CliApplication::StorageError);
    }
    if (m_cli.m_json) {
        m_cli.printJson(
            QJsonObject{{u"user"_s, user}, {u"organisation"_s, reply->organisation}, {u"role"_s, reply->role}});
    } else {
        m_cli.m_out << tr("Logged in as %1 (%2, %3).").arg(user, reply->organisation, reply->role) << '\n';
    }
    return CliApplication::Success;
}

int SyncCommands::logout()
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Skip); !r) {
        return m_cli.fail(r.error(), CliApplication::StorageError);
    }
    auto login = storedLogin();
    if (!login) {
        return failSync(login.error());
    }
    auto token = storedToken(*login);
    if (token) {
        // Ending the login on the server is best effort: offline, the token simply expires.
        ServerApi api(m_cli.m_nam, ReplicaLogin::serverSettings(*login));
        if (api.prepare()) {
            api.setToken(*token);
            (void)await<void>([&](auto done) {
                api.logout(std::move(done));
            });
        }
        TokenStore tokens;
        if (auto r = await<void>([&](auto done) {
                tokens.remove(TokenStore::account(QUrl(login->serverUrl), login->user), std::move(done));
            });
            !r) {
            return failSync(r.error());
        }
    }
    if (auto r = ReplicaLogin(*m_cli.m_store).forget(); !r) {
        return m_cli.fail(r.error(), CliApplication::StorageError);
    }
    m_cli.m_out << tr("Logged out.") << '\n';
    return CliApplication::Success;
}

int SyncCommands::sync(bool allowMassDeletion)
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.fail(r.error(), CliApplication::StorageError);
    }
    auto api = loggedInApi();
    if (!api) {
        return failSync(api.error());
    }
    SyncEngine engine(*m_cli.m_store, **api);
    engine.setAllowMassDeletion(allowMassDeletion);
    QElapsedTimer timer;
    timer.start();
    auto report = await<SyncReport>([&](auto done) {
        QObject::connect(&engine, &SyncEngine::finished, &engine, [done](const SyncReport &r) {
            done(r);
        });
        QObject::connect(&engine, &SyncEngine::failed, &engine, [done](const Error &e) {
            done(e);
        });
        engine.sync();
    });
    if (!report) {
        return failSync(report.error());
    }
    if (m_cli.m_json) {
        // The sync alone, without process start and keychain: what the app pays each time.
        m_cli.printJson(QJsonObject{{u"ms"_s, timer.elapsed()},
                                    {u"apply_ms"_s, report->applyMs},
                                    {u"changed"_s, report->changed},
                                    {u"pages"_s, report->pages},
                                    {u"reconciled"_s, report->reconciled},
                                    {u"pushed"_s, report->pushed},
                                    {u"conflicts"_s, report->conflicts},
                                    {u"rejected"_s, report->rejected},
                                    {u"held"_s, report->held},
                                    {u"left"_s, report->left},
                                    {u"left_with_edits"_s, report->leftWithEdits}});
    } else {
        m_cli.m_out << tr("Up to date: %n case(s) changed here.", nullptr, report->changed) << '\n';
        if (report->pushed > 0) {
            m_cli.m_out << tr("%n change(s) sent.", nullptr, report->pushed) << '\n';
        }
        if (report->conflicts + report->rejected > 0) {
            m_cli.m_out << tr("Some changes need you: see framgangsbank-cli conflicts.") << '\n';
        }
        if (report->left > 0) {
            m_cli.m_out << tr("%n case(s) are no longer shown to you and were removed from this computer.",
                              nullptr,
                              report->left)
                        << '\n';
        }
        if (report->leftWithEdits > 0) {
            m_cli.m_out << tr("Your unsent changes to %n of them are kept: see framgangsbank-cli archive.",
                              nullptr,
                              report->leftWithEdits)
                        << '\n';
        }
        if (report->held > 0) {
            m_cli.m_out << tr("%n change(s) from the server could not be read by this version; they are kept and "
                              "read again at every sync (see framgangsbank-cli status).",
                              nullptr,
                              report->held)
                        << '\n';
        }
    }
    return CliApplication::Success;
}

int SyncCommands::status()
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.fail(r.error(), CliApplication::StorageError);
    }
    auto login = ReplicaLogin(*m_cli.m_store).read();
    if (!login) {
        return m_cli.fail(login.error(), CliApplication::StorageError);
    }
    QJsonObject s{{u"server"_s, login->serverUrl},
                  {u"user"_s, login->user},
                  {u"role"_s, login->role},
                  {u"organisation"_s, login->organisationId}};
    for (const auto &[key, name] :
         {std::pair{CaseStore::MetaLastSync, "last_sync"}, {CaseStore::MetaBankSource, "bank"}}) {
        s.insert(QLatin1StringView(name), m_cli.m_store->meta(QString::fromLatin1(key)).value());
    }
    s.insert(u"cursor"_s, !m_cli.m_store->meta(QString::fromLatin1(CaseStore::MetaCursor)).value().isEmpty());
    s.insert(u"cases"_s, m_cli.m_store->count().value());
    const bool loggedIn = login->configured() && storedToken(*login).ok();
    s.insert(u"logged_in"_s, loggedIn);
    SyncLedger ledger(*m_cli.m_store);
    auto counts = ledger.counts();
    if (!counts) {
        return m_cli.fail(counts.error(), CliApplication::StorageError);
    }
    s.insert(u"pending_changes"_s, counts->pending);
    s.insert(u"conflicts"_s, counts->conflicts);
    s.insert(u"blocked"_s, counts->blocked);
    auto held = HeldChanges(*m_cli.m_store).all();
    if (!held) {
        return m_cli.fail(held.error(), CliApplication::StorageError);
    }
    QJsonArray heldItems;
    for (const HeldChange &h : std::as_const(*held)) {
        heldItems.append(QJsonObject{{u"id"_s, h.item.id},
                                     {u"version"_s, h.item.version},
                                     {u"reason"_s, h.reason},
                                     {u"held_at"_s, h.heldAt}});
    }
    s.insert(u"held"_s, heldItems);
    if (m_cli.m_json) {
        m_cli.printJson(s);
        return CliApplication::Success;
    }
    const QString server = s.value("server"_L1).toString();
    const QString lastSync = s.value("last_sync"_L1).toString();
    m_cli.m_out << tr("Server: %1").arg(server.isEmpty() ? tr("none") : server) << '\n'
                << tr("Logged in: %1")
                       .arg(
                           loggedIn
                               ? tr("yes, as %1 (%2)").arg(s.value("user"_L1).toString(), s.value("role"_L1).toString())
                               : tr("no"))
                << '\n'
                << tr("Last sync: %1").arg(lastSync.isEmpty() ? tr("never") : lastSync) << '\n'
                << tr("Cases: %1").arg(s.value("cases"_L1).toInteger()) << '\n'
                << tr("Changes waiting to be sent: %1").arg(counts->pending) << '\n'
                << tr("Open conflicts: %1").arg(counts->conflicts) << '\n';
    if (counts->blocked > 0) {
        m_cli.m_out << tr("Changes the server refused: %1").arg(counts->blocked) << '\n';
    }
    if (!held->isEmpty()) {
        m_cli.m_out << tr("Changes from the server this version cannot read (kept, read again at every sync):") << '\n';
        for (const HeldChange &h : std::as_const(*held)) {
            m_cli.m_out << u"  %1 v%2: %3"_s.arg(h.item.id).arg(h.item.version).arg(h.reason) << '\n';
        }
    }
    return CliApplication::Success;
}

int SyncCommands::history(const QString &caseId)
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.fail(r.error(), CliApplication::StorageError);
    }
    auto api = loggedInApi();
    if (!api) {
        return failSync(api.error());
    }
    auto history = await<CaseHistory>([&](auto done) {
        (*api)->history(caseId, std::move(done));
    });
    if (!history) {
        return history.code() == ErrorCode::NotFound ? m_cli.fail(history.error(), CliApplication::NotFound)
                                                     : failSync(history.error());
    }
    if (m_cli.m_json) {
        m_cli.printJson(history->toJson());
        return CliApplication::Success;
    }
    const auto label = [this](const QString &path) {
        return CaseLabels::fieldLabel(m_cli.m_vocabularies, m_cli.m_language, path);
    };
    // One line of a value, as a terminal shows it.
    const auto brief = [](const QJsonValue &value) {
        QString text = value.isString() ? value.toString()
            : value.isNull()
            ? QString()
            : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        text.replace(u'\n', u' ');
        return text.size() > 70 ? text.left(69) + u'…' : text;
    };
    for (const HistoryRevision &r : std::as_const(history->revisions)) {
        const QString what = r.deleted ? tr("deleted")
            : r.first                  ? (r.version == 1 ? tr("created") : tr("first version shown to you"))
                                       : QString();
        m_cli.m_out << tr("Version %1, %2, %3").arg(r.version).arg(r.at, r.user)
                    << (what.isEmpty() ? QString() : u": "_s + what) << '\n';
        for (const HistoryChange &c : r.changes) {
            m_cli.m_out << u"  "_s << label(c.path) << u": «"_s << brief(c.before) << u"» → «"_s << brief(c.after)
                        << u"»\n"_s;
        }
    }
    if (history->hidden > 0) {
        m_cli.m_out << tr("%n earlier version(s) you may not see are left out.", nullptr, history->hidden) << '\n';
    }
    if (history->discardedShown && !history->discarded.isEmpty()) {
        m_cli.m_out << tr("Replaced by changes, kept by the server:") << '\n';
        for (const HistoryDiscarded &d : std::as_const(history->discarded)) {
            m_cli.m_out << u"  "_s << label(d.path) << u": «"_s << brief(d.value) << u"» ("_s << d.reason << u", "_s
                        << d.user << u", "_s << d.at << u")\n"_s;
        }
    }
    return CliApplication::Success;
}

int SyncCommands::attachment(const QString &sha256, const QString &output)
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.fail(r.error(), CliApplication::StorageError);
    }
    BlobCache cache(BlobCache::directoryFor(m_cli.m_store->path()));
    if (!cache.contains(sha256)) {
        auto api = loggedInApi();
        if (!api) {
            return failSync(api.error());
        }
        auto bytes = await<QByteArray>([&](auto done) {
            (*api)->getBlob(sha256, std::move(done));
        });
        if (!bytes) {
            return bytes.code() == ErrorCode::NotFound ? m_cli.fail(bytes.error(), CliApplication::NotFound)
                                                       : failSync(bytes.error());
        }
        if (auto r = cache.put(sha256, *bytes); !r) {
            return m_cli.fail(r.error(), CliApplication::StorageError);
        }
    }
    if (output.isEmpty()) {
        m_cli.m_out << cache.path(sha256) << '\n';
        return CliApplication::Success;
    }
    QFile::remove(output);
    if (!QFile::copy(cache.path(sha256), output)) {
        return m_cli.fail(Error{ErrorCode::FileWriteFailed, output, {}}, CliApplication::StorageError);
    }
    return CliApplication::Success;
}

} // namespace Fb
