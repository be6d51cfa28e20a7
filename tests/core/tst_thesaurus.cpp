// The thesaurus reader: the MyThes format in both encodings, inflected forms through their stems,
// the closer relations first, broken files as errors, and the thesaurus Debian installs.

#include "thesaurus.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestThesaurus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void related_data();
    void related();
    void latin1AndUtf8ReadAlike();
    void brokenFilesAreErrors_data();
    void brokenFilesAreErrors();
    void missingFileIsAnError();
    void theSystemThesaurus();
};

namespace {

// Written for the test in the format of mythes-sv: a count of meanings after each word, one line
// per meaning with its word class first.
const char *const Sample = "UTF-8\n"
                           "frånvaro|1\n"
                           "|avsaknad|inte närvarande|bortovaro\n"
                           "bortovaro|1\n"
                           "|frånvaro\n"
                           "rekrytering|2\n"
                           "(subst)|anställning|värvning (generic term)\n"
                           "|rekrytering|nyanställning\n"
                           "värvning|1\n"
                           "|rekrytering\n"
                           "ensam|0\n";

} // namespace

void TestThesaurus::related_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("the words that name it back come first")
        << u"frånvaro"_s << QStringList{u"bortovaro"_s, u"avsaknad"_s, u"inte närvarande"_s};
    QTest::newRow("any case and diacritics as typed")
        << u"FRANVARO"_s << QStringList{u"bortovaro"_s, u"avsaknad"_s, u"inte närvarande"_s};
    QTest::newRow("meanings merged, annotations and the word itself left out")
        << u"rekrytering"_s << QStringList{u"värvning"_s, u"anställning"_s, u"nyanställning"_s};
    QTest::newRow("an inflected form through its stem")
        << u"rekryteringen"_s << QStringList{u"värvning"_s, u"anställning"_s, u"nyanställning"_s};
    QTest::newRow("a word with no meanings") << u"ensam"_s << QStringList();
    QTest::newRow("a word the thesaurus does not have") << u"skyfall"_s << QStringList();
}

void TestThesaurus::related()
{
    QFETCH(QString, word);
    QFETCH(QStringList, expected);
    const auto thesaurus = Thesaurus::fromData(Sample);
    QVERIFY(thesaurus);
    QCOMPARE(thesaurus->entryCount(), 4);
    QCOMPARE(thesaurus->related(word), expected);
}

void TestThesaurus::latin1AndUtf8ReadAlike()
{
    QByteArray latin1 = QString::fromUtf8(Sample).mid(6).toLatin1();
    latin1.prepend("ISO-8859-1\n");
    const auto fromLatin1 = Thesaurus::fromData(latin1);
    const auto fromUtf8 = Thesaurus::fromData(Sample);
    QVERIFY(fromLatin1 && fromUtf8);
    QCOMPARE(fromLatin1->related(u"frånvaro"_s), fromUtf8->related(u"frånvaro"_s));
    QCOMPARE(fromLatin1->related(u"rekrytering"_s), fromUtf8->related(u"rekrytering"_s));
}

void TestThesaurus::brokenFilesAreErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("an encoding it cannot read") << QByteArray("KOI8-R\nord|1\n|ord2\n");
    QTest::newRow("more meanings than lines") << QByteArray("UTF-8\nord|3\n|ord2\n");
    QTest::newRow("no count of meanings") << QByteArray("UTF-8\nord\n|ord2\n");
    QTest::newRow("a negative count") << QByteArray("UTF-8\nord|-1\n");
}

void TestThesaurus::brokenFilesAreErrors()
{
    QFETCH(QByteArray, data);
    const auto thesaurus = Thesaurus::fromData(data);
    QVERIFY(!thesaurus);
    QCOMPARE(thesaurus.error().code, ErrorCode::InvalidValue);
    QVERIFY(thesaurus.error().detail.startsWith(u"thesaurus: "_s));
}

void TestThesaurus::missingFileIsAnError()
{
    QTemporaryDir dir;
    const auto thesaurus = Thesaurus::fromFile(dir.filePath(u"th_sv_SE_v2.dat"_s));
    QVERIFY(!thesaurus);
    QCOMPARE(thesaurus.error().code, ErrorCode::FileOpenFailed);
}

void TestThesaurus::theSystemThesaurus()
{
    // What the app reads: mythes-sv is in tools/packages.txt and a dependency of the package.
    const QString path = QString::fromLatin1(Thesaurus::SystemPath);
    QVERIFY2(QFile::exists(path), "mythes-sv is not installed");
    const auto thesaurus = Thesaurus::fromFile(path);
    QVERIFY(thesaurus);
    QVERIFY(thesaurus->entryCount() > 10000);
    QVERIFY(thesaurus->related(u"frånvaro"_s).contains(u"bortovaro"_s));
    QVERIFY(thesaurus->related(u"skolk"_s).contains(u"bortovaro"_s));
    QVERIFY(thesaurus->related(u"personalen"_s).contains(u"anställd"_s));
}

QTEST_GUILESS_MAIN(TestThesaurus)
#include "tst_thesaurus.moc"
