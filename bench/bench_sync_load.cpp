// Many clients syncing at once against one server: each client pushes an edit of its own case
// and then pulls what the others pushed, in a loop, over its own HTTPS connection. Prints the
// latency of each kind of request (p50, p90, p99, max) and the throughput.
//   bench_sync_load URL CA-FILE USER PASSWORD CLIENTS SECONDS
#include "await.h"
#include "serverapi.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Fb;
using namespace Qt::StringLiterals;

namespace {

struct Samples
{
    QList<double> ms;
    int errors = 0;

    void print(const char *what, double seconds)
    {
        std::sort(ms.begin(), ms.end());
        const auto at = [&](double q) {
            return ms.isEmpty() ? 0.0 : ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * ms.size())));
        };
        std::printf("%-5s %6lld requests %7.1f/s  p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms  max %7.1f ms  errors %d\n",
                    what,
                    qint64(ms.size()),
                    ms.size() / seconds,
                    at(0.5),
                    at(0.9),
                    at(0.99),
                    ms.isEmpty() ? 0.0 : ms.last(),
                    errors);
    }
};

class Client
{
public:
    Client(const ServerSettings &settings, const QString &token, QString id, int version, QString cursor)
        : m_api(m_nam, settings)
        , m_id(std::move(id))
        , m_version(version)
        , m_cursor(std::move(cursor))
    {
        (void)m_api.prepare();
        m_api.setToken(token);
    }

    void run(const QElapsedTimer &clock, qint64 untilMs, Samples &push, Samples &pull, std::function<void()> done)
    {
        if (clock.elapsed() >= untilMs) {
            done();
            return;
        }
        QElapsedTimer t;
        t.start();
        const QJsonObject mutation{{u"mutation_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                   {u"op"_s, u"update"_s},
                                   {u"id"_s, m_id},
                                   {u"base_version"_s, m_version},
                                   {u"set"_s, QJsonObject{{u"title"_s, u"Lasttest %1"_s.arg(++m_counter)}}}};
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"mutations"_s, QJsonArray{mutation}}}).toJson(QJsonDocument::Compact);
        m_api.mutations(body, [=, this, &clock, &push, &pull](Result<MutationReply> reply) mutable {
            push.ms.append(t.nsecsElapsed() / 1e6);
            const QJsonObject r = reply ? reply->results.first().toObject() : QJsonObject{};
            if (r.value("status"_L1).toString() == "applied"_L1) {
                m_version = r.value("version"_L1).toInt();
            } else {
                ++push.errors;
            }
            t.restart();
            m_api.changes(m_cursor, 500, [=, this, &clock, &push, &pull](Result<FeedPage> page) mutable {
                pull.ms.append(t.nsecsElapsed() / 1e6);
                if (page) {
                    m_cursor = page->nextCursor;
                } else {
                    ++pull.errors;
                }
                run(clock, untilMs, push, pull, std::move(done));
            });
        });
    }

private:
    QNetworkAccessManager m_nam; // one per client: its own connection, like a separate laptop
    ServerApi m_api;
    QString m_id;
    int m_version;
    QString m_cursor;
    int m_counter = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        std::fprintf(stderr, "usage: bench_sync_load URL CA-FILE USER PASSWORD CLIENTS SECONDS\n");
        return 2;
    }
    const ServerSettings settings{QUrl(args.at(1)), args.at(2), false};
    const int clients = args.at(5).toInt();
    const int seconds = args.at(6).toInt();

    QNetworkAccessManager nam;
    ServerApi api(nam, settings);
    if (auto r = api.prepare(); !r) {
        std::fprintf(stderr, "settings: %s\n", qPrintable(r.error().detail));
        return 1;
    }
    auto login = await<LoginReply>([&](auto done) {
        api.login(args.at(3), args.at(4), std::move(done));
    });
    if (!login) {
        std::fprintf(stderr, "login failed: %s\n", qPrintable(errorCodeName(login.code())));
        return 1;
    }
    api.setToken(login->token);
    // Read the whole feed once: its end is where every client starts, and its first cases are
    // the ones the clients edit.
    QList<FeedItem> cases;
    QString cursor;
    for (;;) {
        auto page = await<FeedPage>([&](auto done) {
            api.changes(cursor, 1000, std::move(done));
        });
        if (!page) {
            std::fprintf(stderr, "feed failed: %s\n", qPrintable(errorCodeName(page.code())));
            return 1;
        }
        for (const FeedItem &c : page->items) {
            if (cases.size() < clients && c.op == "upsert"_L1) {
                cases.append(c);
            }
        }
        cursor = page->nextCursor;
        if (!page->hasMore) {
            break;
        }
    }
    if (cases.size() < clients) {
        std::fprintf(stderr, "the server has only %lld cases\n", qint64(cases.size()));
        return 1;
    }

    std::vector<std::unique_ptr<Client>> all;
    for (int i = 0; i < clients; ++i) {
        all.push_back(std::make_unique<Client>(settings, login->token, cases.at(i).id, cases.at(i).version, cursor));
    }
    Samples push;
    Samples pull;
    QElapsedTimer clock;
    clock.start();
    int running = clients;
    for (auto &c : all) {
        c->run(clock, seconds * 1000LL, push, pull, [&running] {
            if (--running == 0) {
                QCoreApplication::quit();
            }
        });
    }
    app.exec();
    const double elapsed = clock.elapsed() / 1000.0;
    std::printf("%d clients, %.1f s\n", clients, elapsed);
    push.print("push", elapsed);
    pull.print("pull", elapsed);
    return push.errors + pull.errors > 0 ? 1 : 0;
}
