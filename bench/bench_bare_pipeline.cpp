// The floor for an initial sync (BRIEF §6): the same feed pages over the same TLS connection,
// parsed as JSON, bulk-inserted into a fresh SQLite file with the same FTS5 index in one
// transaction. No validation, no facets, no sync state, no per-page commits. The real sync is
// compared with this in the same run.
//   bench_bare_pipeline URL CA-FILE USER PASSWORD DB-FILE
#include "await.h"
#include "serverapi.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace Fb;
using namespace Qt::StringLiterals;

namespace {

QString joined(const QJsonValue &v, QStringView separator)
{
    QStringList parts;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            parts.append(it.value().toString());
        }
    } else {
        for (const QJsonValue &item : v.toArray()) {
            parts.append(item.toString());
        }
    }
    return parts.join(separator);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: bench_bare_pipeline URL CA-FILE USER PASSWORD DB-FILE\n");
        return 2;
    }
    QNetworkAccessManager nam;
    ServerApi api(nam, ServerSettings{QUrl(args.at(1)), args.at(2), false});
    if (!api.prepare()) {
        return 1;
    }
    auto login = await<LoginReply>([&](auto done) {
        api.login(args.at(3), args.at(4), std::move(done));
    });
    if (!login) {
        std::fprintf(stderr, "login failed\n");
        return 1;
    }
    api.setToken(login->token);

    QFile::remove(args.at(5));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s);
    db.setDatabaseName(args.at(5));
    if (!db.open()) {
        return 1;
    }
    QSqlQuery q(db);
    for (const auto *sql :
         {"PRAGMA journal_mode = WAL",
          "PRAGMA synchronous = FULL",
          "CREATE TABLE cases(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, body TEXT NOT NULL)",
          "CREATE VIRTUAL TABLE case_fts USING fts5(title, summary, sections, tags, content='', "
          "contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3')"}) {
        if (!q.exec(QString::fromLatin1(sql))) {
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
            return 1;
        }
    }
    QElapsedTimer timer;
    timer.start();
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO cases(id, body) VALUES(?, ?)"_s);
    QSqlQuery fts(db);
    fts.prepare(u"INSERT INTO case_fts(rowid, title, summary, sections, tags) VALUES(?, ?, ?, ?, ?)"_s);
    QString cursor;
    qint64 count = 0;
    for (;;) {
        auto page = await<FeedPage>([&](auto done) {
            api.changes(cursor, 500, std::move(done));
        });
        if (!page) {
            std::fprintf(stderr, "feed failed: %s\n", qPrintable(errorCodeName(page.code())));
            return 1;
        }
        for (const FeedItem &c : page->items) {
            insert.addBindValue(c.id);
            insert.addBindValue(QString::fromUtf8(QJsonDocument(c.doc).toJson(QJsonDocument::Compact)));
            insert.exec();
            fts.addBindValue(insert.lastInsertId());
            fts.addBindValue(c.doc.value("title"_L1).toString());
            fts.addBindValue(c.doc.value("summary"_L1).toString());
            fts.addBindValue(joined(c.doc.value("sections"_L1), u"\n\n"));
            fts.addBindValue(joined(c.doc.value("tags"_L1), u"\n"));
            fts.exec();
            ++count;
        }
        cursor = page->nextCursor;
        if (!page->hasMore) {
            break;
        }
    }
    db.commit();
    std::printf("bare pipeline: %lld cases in %lld ms\n", count, timer.elapsed());
    return 0;
}
