#include "studyvisitview.h"

#include "helpwindow.h"
#include "visitrequestdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

enum Column {
    TitleColumn,
    HostColumn,
    MunicipalityColumn,
    DistanceColumn,
    FormatColumn,
    GroupColumn
};

} // namespace

StudyVisitView::StudyVisitView(const Vocabularies &vocabularies,
                               const ReferenceData &referenceData,
                               Language language,
                               QWidget *parent)
    : QWidget(parent)
    , m_vocabularies(vocabularies)
    , m_referenceData(referenceData)
    , m_language(language)
    , m_opener([](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    })
    , m_region(new QComboBox(this))
    , m_policyArea(new QComboBox(this))
    , m_list(new QTreeWidget(this))
    , m_homeLabel(new QLabel(this))
    , m_card(new QLabel(this))
    , m_request(new QPushButton(tr("&Request a study visit…"), this))
{
    HelpWindow::setTopic(this, HelpTopic::StudyVisits);
    m_region->setObjectName(u"region"_s);
    m_region->setAccessibleName(tr("Region"));
    m_region->addItem(tr("All regions"), QString());
    for (const Region &r : referenceData.regions()) {
        m_region->addItem(r.name, r.code);
    }
    m_policyArea->setObjectName(u"policyArea"_s);
    m_policyArea->setAccessibleName(tr("Policy area"));
    m_policyArea->addItem(tr("All policy areas"), QString());
    for (const VocabularyEntry &e : vocabularies.vocabulary(Vocabularies::PolicyArea).entries()) {
        m_policyArea->addItem(e.label(language), e.key);
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_region);
    filters->addWidget(m_policyArea);
    for (const VocabularyEntry &e : vocabularies.vocabulary(Vocabularies::VisitFormat).entries()) {
        auto *box = new QCheckBox(e.label(language), this);
        box->setObjectName(e.key);
        box->setProperty("format", e.key);
        connect(box, &QCheckBox::toggled, this, &StudyVisitView::refill);
        filters->addWidget(box);
        m_formats.append(box);
    }
    filters->addStretch();
    connect(m_region, &QComboBox::currentIndexChanged, this, &StudyVisitView::refill);
    connect(m_policyArea, &QComboBox::currentIndexChanged, this, &StudyVisitView::refill);

    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Cases open for study visits"));
    m_list->setHeaderLabels(
        {tr("Case"), tr("Host"), tr("Municipality"), tr("Distance"), tr("Format"), tr("Max. group")});
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    // The order is the distance order; sorting by a column would hide it.
    m_list->setSortingEnabled(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &StudyVisitView::showCard);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT caseActivated(item->data(TitleColumn, Qt::UserRole).toString());
    });

    m_card->setObjectName(u"contactCard"_s);
    m_card->setTextFormat(Qt::RichText);
    m_card->setWordWrap(true);
    m_card->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_card->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_card->setOpenExternalLinks(false);
    connect(m_card, &QLabel::linkActivated, this, [this](const QString &link) {
        m_opener(QUrl(link));
    });
    m_request->setObjectName(u"requestVisit"_s);
    connect(m_request, &QPushButton::clicked, this, &StudyVisitView::requestVisit);

    auto *cardBox = new QWidget(this);
    auto *cardLayout = new QVBoxLayout(cardBox);
    cardLayout->addWidget(m_card, 1);
    cardLayout->addWidget(m_request);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(cardBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_homeLabel);
    layout->addWidget(splitter, 1);
    setHomeMunicipality({});
}

void StudyVisitView::setEntries(const QList<StudyVisitEntry> &entries)
{
    m_entries = entries;
    refill();
}

void StudyVisitView::setHomeMunicipality(const QString &code)
{
    m_home = code;
    const Municipality *m = m_referenceData.municipality(code);
    m_homeLabel->setText(m ? tr("Nearest to %1 first.").arg(m->name)
                           : tr("Choose your municipality in the settings to see the nearest cases first."));
    refill();
}

void StudyVisitView::setRequester(const QString &name, const QString &organisation)
{
    m_requesterName = name;
    m_requesterOrganisation = organisation;
}

void StudyVisitView::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

StudyVisitFilter StudyVisitView::filter() const
{
    StudyVisitFilter f;
    f.region = m_region->currentData().toString();
    f.policyArea = m_policyArea->currentData().toString();
    for (const QCheckBox *box : m_formats) {
        if (box->isChecked()) {
            f.formats.append(box->property("format").toString());
        }
    }
    return f;
}

QString StudyVisitView::distanceText(double km)
{
    if (km < 0) {
        return tr("–", "distance unknown");
    }
    return tr("%1 km").arg(qRound(km));
}

void StudyVisitView::refill()
{
    const QString current = selectedId();
    m_shown = StudyVisitBank::select(m_entries, filter(), m_home, m_referenceData);
    const Vocabulary &formats = m_vocabularies.vocabulary(Vocabularies::VisitFormat);
    m_list->clear();
    QTreeWidgetItem *again = nullptr;
    for (const StudyVisitEntry &e : std::as_const(m_shown)) {
        QStringList formatLabels;
        for (const QString &f : e.formats) {
            formatLabels.append(formats.label(f, m_language));
        }
        const Municipality *m = m_referenceData.municipality(e.municipality);
        auto *item = new QTreeWidgetItem(m_list,
                                         {e.title,
                                          e.hostOrganisation,
                                          m ? m->name : QString(),
                                          distanceText(e.distanceKm),
                                          formatLabels.join(", "_L1),
                                          e.maxGroup > 0 ? QString::number(e.maxGroup) : QString()});
        item->setData(TitleColumn, Qt::UserRole, e.id);
        item->setTextAlignment(DistanceColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(GroupColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (e.id == current) {
            again = item;
        }
    }
    m_list->setCurrentItem(again ? again : m_list->topLevelItem(0));
    showCard();
}

const StudyVisitEntry *StudyVisitView::selected() const
{
    const QString id = selectedId();
    for (const StudyVisitEntry &e : m_shown) {
        if (e.id == id) {
            return &e;
        }
    }
    return nullptr;
}

QString StudyVisitView::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(TitleColumn, Qt::UserRole).toString() : QString();
}

void StudyVisitView::select(const QString &id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(TitleColumn, Qt::UserRole).toString() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
}

void StudyVisitView::showCard()
{
    const StudyVisitEntry *e = selected();
    m_request->setEnabled(e && !e->contactEmail.isEmpty());
    if (!e) {
        m_card->setText(m_entries.isEmpty() ? tr("No cases are open for study visits.")
                                            : tr("No case matches the filters."));
        return;
    }
    QStringList lines;
    lines << u"<b>%1</b>"_s.arg(e->hostOrganisation.toHtmlEscaped());
    if (!e->contactName.isEmpty()) {
        lines << e->contactName.toHtmlEscaped();
    } else if (!e->contact.isEmpty() && e->contact != e->contactEmail) {
        lines << e->contact.toHtmlEscaped();
    }
    if (!e->contactEmail.isEmpty()) {
        lines << u"<a href=\"mailto:%1\">%2</a>"_s.arg(QString::fromUtf8(QUrl::toPercentEncoding(e->contactEmail, "@")),
                                                       e->contactEmail.toHtmlEscaped());
    }
    if (!e->contactPhone.isEmpty()) {
        lines << e->contactPhone.toHtmlEscaped();
    }
    if (const Municipality *m = m_referenceData.municipality(e->municipality)) {
        lines << tr("%1, %2").arg(m->name.toHtmlEscaped(), distanceText(e->distanceKm));
    }
    if (e->maxGroup > 0) {
        lines << tr("At most %n visitor(s)", nullptr, e->maxGroup);
    }
    if (!e->notes.isEmpty()) {
        lines << u"<i>%1</i>"_s.arg(e->notes.toHtmlEscaped());
    }
    m_card->setText(lines.join(u"<br>"_s));
}

VisitRequestDialog *StudyVisitView::requestVisit()
{
    const StudyVisitEntry *e = selected();
    if (!e || e->contactEmail.isEmpty()) {
        return nullptr;
    }
    auto *dialog = new VisitRequestDialog(*e, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRequester(m_requesterName, m_requesterOrganisation);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const VisitRequest request = dialog->request();
        m_requesterName = request.requesterName;
        m_requesterOrganisation = request.requesterOrganisation;
        m_opener(request.mailtoUrl());
    });
    dialog->open();
    return dialog;
}

} // namespace Fb
