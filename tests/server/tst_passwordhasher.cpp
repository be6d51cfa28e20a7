#include "passwordhasher.h"

#include <QSet>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashesWithArgon2id();
    void verifies_data();
    void verifies();
    void saltsDiffer();
    void rehashWhenStrengthRises();
    void tokensAreRandomAndDigested();
};

void TestPasswordHasher::hashesWithArgon2id()
{
    const PasswordHasher hasher(PasswordHasher::Strength::Testing);
    const QByteArray hash = hasher.hash(u"rätt lösenord 123"_s).value();
    QVERIFY(hash.startsWith("$argon2id$"));
    QVERIFY(!hash.contains("rätt"));
}

void TestPasswordHasher::verifies_data()
{
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<bool>("valid");
    QTest::addRow("right") << u"rätt lösenord 123"_s << true;
    QTest::addRow("wrong") << u"fel lösenord 123"_s << false;
    QTest::addRow("case differs") << u"Rätt lösenord 123"_s << false;
    QTest::addRow("diacritics stripped") << u"ratt losenord 123"_s << false;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("prefix") << u"rätt lösenord 12"_s << false;
}

void TestPasswordHasher::verifies()
{
    QFETCH(QString, attempt);
    QFETCH(bool, valid);
    const PasswordHasher hasher(PasswordHasher::Strength::Testing);
    const QByteArray hash = hasher.hash(u"rätt lösenord 123"_s).value();
    QCOMPARE(hasher.verify(hash, attempt), valid);
    QVERIFY(!hasher.verify(QByteArray(), attempt));
    QVERIFY(!hasher.verify("$argon2id$garbage", attempt));
}

void TestPasswordHasher::saltsDiffer()
{
    const PasswordHasher hasher(PasswordHasher::Strength::Testing);
    QVERIFY(hasher.hash(u"samma"_s).value() != hasher.hash(u"samma"_s).value());
}

void TestPasswordHasher::rehashWhenStrengthRises()
{
    const PasswordHasher weak(PasswordHasher::Strength::Testing);
    const PasswordHasher normal(PasswordHasher::Strength::Interactive);
    const QByteArray hash = weak.hash(u"lösenordet"_s).value();
    QVERIFY(!weak.needsRehash(hash));
    QVERIFY(normal.needsRehash(hash));
    QVERIFY(normal.verify(hash, u"lösenordet"_s)); // old hashes keep working
}

void TestPasswordHasher::tokensAreRandomAndDigested()
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString t = Tokens::generate();
        QCOMPARE(t.size(), 43); // 256 bits, base64url without padding
        QVERIFY(!seen.contains(t));
        seen.insert(t);
    }
    const QString t = Tokens::generate();
    QCOMPARE(Tokens::digest(t).size(), 64);
    QCOMPARE(Tokens::digest(t), Tokens::digest(t));
    QVERIFY(Tokens::digest(t) != Tokens::digest(Tokens::generate()));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
