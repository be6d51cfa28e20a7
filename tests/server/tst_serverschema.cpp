// The schema's steps: one per version, SQL for both backends, and a backfill where the backends'
// JSON functions differ. That the steps upgrade a real bank on both backends is tst_serverstore's.

#include "serverschema.h"

#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestServerSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyVersionHasAStep_data();
    void everyVersionHasAStep();
    void backfillIsTheBackendsOwn();
    void noStepOutsideTheVersions();
};

void TestServerSchema::everyVersionHasAStep_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < ServerSchema::Version; ++v) {
        QTest::addRow("%d→%d", v, v + 1) << v;
    }
}

void TestServerSchema::everyVersionHasAStep()
{
    QFETCH(int, from);
    for (bool postgres : {false, true}) {
        const QStringList step = ServerSchema::step(from, postgres);
        QVERIFY(!step.isEmpty());
        for (const QString &statement : step) {
            QVERIFY2(!statement.trimmed().isEmpty(), qPrintable(step.join(u'|')));
            QVERIFY2(!statement.contains(u';'), qPrintable(statement));
        }
    }
}

void TestServerSchema::backfillIsTheBackendsOwn()
{
    // Step 4→5 fills case_blobs from the cases' attachments, with each backend's JSON functions.
    const QStringList sqlite = ServerSchema::step(4, false);
    const QStringList postgres = ServerSchema::step(4, true);
    QCOMPARE(sqlite.size(), postgres.size());
    QVERIFY(sqlite.last().contains(u"json_each"_s));
    QVERIFY(postgres.last().contains(u"jsonb_array_elements"_s));
    QCOMPARE(sqlite.mid(0, sqlite.size() - 1), postgres.mid(0, postgres.size() - 1));
}

void TestServerSchema::noStepOutsideTheVersions()
{
    QVERIFY(ServerSchema::step(-1, false).isEmpty());
    QVERIFY(ServerSchema::step(ServerSchema::Version, true).isEmpty());
}

QTEST_GUILESS_MAIN(TestServerSchema)
#include "tst_serverschema.moc"
