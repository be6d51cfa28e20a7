#include "fixtures.h"
#include "studyvisitview.h"
#include "visitrequestdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace Fb;

class TestStudyVisitView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsNearestFirstWithDistance();
    void filtersNarrowTheList();
    void contactCardFollowsSelection();
    void requestBuildsTheMailtoUrl();
    void activationNamesTheCase();
};

namespace {

StudyVisitEntry entryAt(const QString &id,
                        const QString &title,
                        const QString &municipality,
                        const QStringList &formats,
                        const QString &policyArea)
{
    CaseRecord c = Test::validCase(id);
    c.title = title;
    c.municipalities = {municipality};
    c.regions.clear();
    c.owner = Actor{u"kommun"_s, title + u" kommun"_s, municipality, u"huvudman"_s, {}};
    c.policyAreas = {policyArea};
    c.contacts = {Contact{u"Karin Kontakt"_s, {}, {}, u"karin@example.se"_s, u"010-123"_s, {}}};
    c.studyVisit = StudyVisit{true, formats, 12, {}, u"Välkomna!"_s, {}};
    return *StudyVisitBank::entry(c, Test::referenceData());
}

QList<StudyVisitEntry> sample()
{
    return {entryAt(u"id-kiruna"_s, u"Kiruna"_s, u"2584"_s, {u"digitalt"_s}, u"kultur_fritid"_s),
            entryAt(u"id-stockholm"_s, u"Stockholm"_s, u"0180"_s, {u"pa_plats"_s}, u"trygghet"_s),
            entryAt(u"id-karlskrona"_s, u"Karlskrona"_s, u"1080"_s, {u"pa_plats"_s, u"digitalt"_s}, u"trygghet"_s)};
}

QStringList shownIds(const StudyVisitView &view)
{
    QStringList ids;
    for (const StudyVisitEntry &e : view.shownEntries()) {
        ids.append(e.id);
    }
    return ids;
}

} // namespace

void TestStudyVisitView::listsNearestFirstWithDistance()
{
    StudyVisitView view(Test::vocabularies(), Test::referenceData());
    view.setEntries(sample());
    view.setHomeMunicipality(u"1081"_s);
    QCOMPARE(shownIds(view), (QStringList{u"id-karlskrona"_s, u"id-stockholm"_s, u"id-kiruna"_s}));
    auto *list = view.findChild<QTreeWidget *>();
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(0)->text(0), u"Karlskrona"_s);
    QVERIFY(list->topLevelItem(0)->text(3).endsWith(u" km"_s));
    QCOMPARE(StudyVisitView::distanceText(12.4), u"12 km"_s);
    view.setHomeMunicipality(u"2584"_s);
    QCOMPARE(shownIds(view).first(), u"id-kiruna"_s);
}

void TestStudyVisitView::filtersNarrowTheList()
{
    StudyVisitView view(Test::vocabularies(), Test::referenceData());
    view.setEntries(sample());
    view.setHomeMunicipality(u"1081"_s);
    auto *region = view.findChild<QComboBox *>(u"region"_s);
    auto *policy = view.findChild<QComboBox *>(u"policyArea"_s);
    auto *digital = view.findChild<QCheckBox *>(u"digitalt"_s);
    QVERIFY(region && policy && digital);
    digital->setChecked(true);
    QCOMPARE(shownIds(view), (QStringList{u"id-karlskrona"_s, u"id-kiruna"_s}));
    policy->setCurrentIndex(policy->findData(u"trygghet"_s));
    QCOMPARE(shownIds(view), QStringList{u"id-karlskrona"_s});
    region->setCurrentIndex(region->findData(u"01"_s));
    QVERIFY(shownIds(view).isEmpty());
    QCOMPARE(view.findChild<QTreeWidget *>()->topLevelItemCount(), 0);
    QVERIFY(!view.findChild<QPushButton *>(u"requestVisit"_s)->isEnabled());
    digital->setChecked(false);
    QCOMPARE(shownIds(view), QStringList{u"id-stockholm"_s});
}

void TestStudyVisitView::contactCardFollowsSelection()
{
    StudyVisitView view(Test::vocabularies(), Test::referenceData());
    view.setEntries(sample());
    view.setHomeMunicipality(u"1081"_s);
    view.select(u"id-kiruna"_s);
    QCOMPARE(view.selectedId(), u"id-kiruna"_s);
    const QString card = view.findChild<QLabel *>(u"contactCard"_s)->text();
    QVERIFY2(card.contains(u"Kiruna kommun"_s), qPrintable(card));
    QVERIFY(card.contains(u"karin@example.se"_s));
    QVERIFY(card.contains(u"010-123"_s));
    QVERIFY(card.contains(u"Välkomna!"_s));
}

void TestStudyVisitView::requestBuildsTheMailtoUrl()
{
    StudyVisitView view(Test::vocabularies(), Test::referenceData());
    QList<QUrl> opened;
    view.setUrlOpener([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    view.setEntries(sample());
    view.setHomeMunicipality(u"1081"_s);
    view.setRequester(u"Åsa"_s, u"Ronneby kommun"_s);
    view.select(u"id-stockholm"_s);
    view.findChild<QPushButton *>(u"requestVisit"_s)->click();
    auto *dialog = view.findChild<VisitRequestDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"name"_s)->text(), u"Åsa"_s);
    dialog->findChild<QLineEdit *>(u"dates"_s)->setText(u"3–4 maj"_s);
    auto *group = dialog->findChild<QSpinBox *>(u"groupSize"_s);
    QCOMPARE(group->maximum(), 12);
    group->setValue(7);
    dialog->accept();
    QCOMPARE(opened.size(), 1);
    VisitRequest expected;
    expected.caseId = u"id-stockholm"_s;
    expected.caseTitle = u"Stockholm"_s;
    expected.hostEmail = u"karin@example.se"_s;
    expected.proposedDates = u"3–4 maj"_s;
    expected.groupSize = 7;
    expected.requesterName = u"Åsa"_s;
    expected.requesterOrganisation = u"Ronneby kommun"_s;
    QCOMPARE(opened.first(), expected.mailtoUrl());
    QVERIFY(opened.first().toEncoded().startsWith("mailto:karin@example.se?subject="));
}

void TestStudyVisitView::activationNamesTheCase()
{
    StudyVisitView view(Test::vocabularies(), Test::referenceData());
    view.setEntries(sample());
    QStringList activated;
    connect(&view, &StudyVisitView::caseActivated, this, [&](const QString &id) {
        activated.append(id);
    });
    auto *list = view.findChild<QTreeWidget *>();
    Q_EMIT list->itemActivated(list->topLevelItem(0), 0);
    // Without a home the order is by title.
    QCOMPARE(activated, QStringList{u"id-karlskrona"_s});
}

QTEST_MAIN(TestStudyVisitView)
#include "tst_studyvisitview.moc"
