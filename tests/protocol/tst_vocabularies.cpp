#include "fixtures.h"
#include "vocabularies.h"

#include <QTest>

using namespace Fb;

class TestVocabularies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInHasEveryVocabularyTheSchemaUses_data();
    void builtInHasEveryVocabularyTheSchemaUses();
    void keysAreStableAscii();
    void labels();
    void rejectsBrokenData_data();
    void rejectsBrokenData();
};

void TestVocabularies::builtInHasEveryVocabularyTheSchemaUses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("minimum");
    for (const auto &[name, min] : {std::pair{Vocabularies::CaseKind, 8},
                                    {Vocabularies::PolicyArea, 25},
                                    {Vocabularies::TargetGroup, 17},
                                    {Vocabularies::Scale, 6},
                                    {Vocabularies::ActorType, 12},
                                    {Vocabularies::ActorRole, 7},
                                    {Vocabularies::PartnershipForm, 9},
                                    {Vocabularies::LifecycleStage, 6},
                                    {Vocabularies::Status, 7},
                                    {Vocabularies::EvidenceLevel, 6},
                                    {Vocabularies::VisitFormat, 3},
                                    {Vocabularies::ReviewState, 7},
                                    {Vocabularies::Section, 9}}) {
        QTest::addRow("%s", name) << QString::fromLatin1(name) << min;
    }
}

void TestVocabularies::builtInHasEveryVocabularyTheSchemaUses()
{
    QFETCH(QString, name);
    QFETCH(int, minimum);
    const Vocabulary &v = Test::vocabularies().vocabulary(name);
    QVERIFY(v.entries().size() >= minimum);
    QVERIFY(!v.title(Language::Swedish).isEmpty());
    QVERIFY(!v.title(Language::English).isEmpty());
    for (const VocabularyEntry &e : v.entries()) {
        QVERIFY2(!e.swedish.isEmpty() && !e.english.isEmpty(), qPrintable(e.key));
    }
}

void TestVocabularies::keysAreStableAscii()
{
    static const QRegularExpression key(u"^[a-z0-9_]+$"_s);
    for (const QString &name : Test::vocabularies().names()) {
        for (const VocabularyEntry &e : Test::vocabularies().vocabulary(name).entries()) {
            QVERIFY2(key.match(e.key).hasMatch(), qPrintable(name + u": "_s + e.key));
        }
    }
}

void TestVocabularies::labels()
{
    const Vocabulary &areas = Test::vocabularies().vocabulary(Vocabularies::PolicyArea);
    QCOMPARE(areas.label(u"aldreomsorg"_s, Language::Swedish), u"Äldreomsorg"_s);
    QCOMPARE(areas.label(u"aldreomsorg"_s, Language::English), u"Elderly care"_s);
    QCOMPARE(areas.indexOf(u"aldreomsorg"_s), 0);
    // A key from a newer vocabulary stays readable.
    QCOMPARE(areas.label(u"rymdfart"_s, Language::Swedish), u"rymdfart"_s);
    QVERIFY(Test::vocabularies().vocabulary("no_such_vocabulary").entries().isEmpty());
}

void TestVocabularies::rejectsBrokenData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ErrorCode>("code");
    QTest::addRow("not json") << QByteArray("{") << ErrorCode::InvalidJson;
    QTest::addRow("no vocabularies") << QByteArray("{}") << ErrorCode::MissingField;
    QTest::addRow("entry without label") << QByteArray(R"({"vocabularies":{"x":{"values":[{"key":"a","en":"A"}]}}})")
                                         << ErrorCode::InvalidValue;
}

void TestVocabularies::rejectsBrokenData()
{
    QFETCH(QByteArray, json);
    QFETCH(ErrorCode, code);
    QCOMPARE(Vocabularies::fromJson(json).code(), code);
}

QTEST_GUILESS_MAIN(TestVocabularies)
#include "tst_vocabularies.moc"
