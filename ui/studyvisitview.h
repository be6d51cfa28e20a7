#pragma once

#include "referencedata.h"
#include "studyvisitbank.h"
#include "vocabularies.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Fb {

class VisitRequestDialog;

// Studiebesöksbanken: the cases open for study visits, filtered by region, policy area and format,
// nearest to the user's municipality first, with the host's contact card and a request by e-mail.
// Holds no replica: the owner feeds it ReplicaService::studyVisitsLoaded.
class StudyVisitView : public QWidget
{
    Q_OBJECT

public:
    // Hands a mailto: URL to the mail program; replaceable in tests.
    using UrlOpener = std::function<bool(const QUrl &)>;

    StudyVisitView(const Vocabularies &vocabularies,
                   const ReferenceData &referenceData,
                   Language language = Language::Swedish,
                   QWidget *parent = nullptr);

    void setEntries(const QList<StudyVisitEntry> &entries);
    // SCB code of the user's municipality ("Min kommun"); empty when not set.
    void setHomeMunicipality(const QString &code);
    // Prefills the request dialog.
    void setRequester(const QString &name, const QString &organisation);
    void setUrlOpener(UrlOpener opener);

    StudyVisitFilter filter() const;

    // The entries shown, in the order shown.
    const QList<StudyVisitEntry> &shownEntries() const { return m_shown; }

    QString selectedId() const;
    void select(const QString &id);
    // Opens the request dialog for the selected case; returns it (it deletes itself when closed).
    VisitRequestDialog *requestVisit();

    static QString distanceText(double km);

Q_SIGNALS:
    void caseActivated(const QString &id);

private:
    void refill();
    void showCard();
    const StudyVisitEntry *selected() const;

    const Vocabularies &m_vocabularies;
    const ReferenceData &m_referenceData;
    Language m_language;
    QList<StudyVisitEntry> m_entries;
    QList<StudyVisitEntry> m_shown;
    QString m_home;
    QString m_requesterName;
    QString m_requesterOrganisation;
    UrlOpener m_opener;
    QComboBox *m_region;
    QComboBox *m_policyArea;
    QList<QCheckBox *> m_formats;
    QTreeWidget *m_list;
    QLabel *m_homeLabel;
    QLabel *m_card;
    QPushButton *m_request;
};

} // namespace Fb
