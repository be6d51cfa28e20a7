#include "fixtures.h"
#include "similarcasespanel.h"

#include <QListWidget>
#include <QTest>

using namespace Fb;

class TestSimilarCasesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsCasesWithReasons();
    void activationEmitsTheId();
    void emptyShowsANote();
};

namespace {

QList<SimilarCase> sample()
{
    SimilarCase a;
    a.id = u"id-a"_s;
    a.title = u"Trygghetsvärdar"_s;
    a.score = 0.8;
    a.sharedPolicyAreas = {u"trygghet"_s};
    a.textSimilarity = 0.42;
    a.sameRegion = true;
    a.distanceKm = 23.4;
    SimilarCase b;
    b.id = u"id-b"_s;
    b.title = u"Läxhjälp"_s;
    b.score = 0.3;
    b.distanceKm = 0;
    return {a, b};
}

} // namespace

void TestSimilarCasesPanel::showsCasesWithReasons()
{
    SimilarCasesPanel panel(Test::vocabularies(), Language::Swedish);
    panel.setCases(sample());
    auto *list = panel.findChild<QListWidget *>();
    QCOMPARE(list->count(), 2);
    const QString first = list->item(0)->text();
    QVERIFY2(first.startsWith(u"Trygghetsvärdar\n"_s), qPrintable(first));
    QVERIFY(first.contains(u"Trygghet"_s)); // the Swedish label, not the key
    QVERIFY(first.contains(u"42"_s));
    QVERIFY(first.contains(u"23 km"_s));
    QCOMPARE(panel.reasons(sample().at(1)), panel.tr("Same municipality"));
}

void TestSimilarCasesPanel::activationEmitsTheId()
{
    SimilarCasesPanel panel(Test::vocabularies());
    panel.setCases(sample());
    QStringList activated;
    connect(&panel, &SimilarCasesPanel::caseActivated, this, [&](const QString &id) {
        activated.append(id);
    });
    auto *list = panel.findChild<QListWidget *>();
    Q_EMIT list->itemActivated(list->item(1));
    QCOMPARE(activated, QStringList{u"id-b"_s});
}

void TestSimilarCasesPanel::emptyShowsANote()
{
    SimilarCasesPanel panel(Test::vocabularies());
    panel.show();
    panel.setCases({});
    QVERIFY(panel.findChild<QListWidget *>()->isHidden());
    panel.setCases(sample());
    QVERIFY(!panel.findChild<QListWidget *>()->isHidden());
}

QTEST_MAIN(TestSimilarCasesPanel)
#include "tst_similarcasespanel.moc"
