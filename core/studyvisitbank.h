#pragma once

#include "caserecord.h"
#include "referencedata.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Fb {

// What the study-visit bank shows of one case open for visits.
struct StudyVisitEntry
{
    QString id;
    QString title;
    QString hostOrganisation; // the owner's name
    QStringList municipalities; // SCB codes of the case's places (the owner's kommun included)
    QStringList regions; // länskoder, those implied by the municipalities included
    QStringList policyAreas;
    QStringList formats; // vocabulary visit_format
    int maxGroup = 0;
    QString contact; // the study visit's contact as written (a name or an address)
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    QString notes;
    // Filled by StudyVisitBank::select: the place nearest the home municipality and how far.
    QString municipality;
    double distanceKm = -1;

    bool operator==(const StudyVisitEntry &) const = default;
};

struct StudyVisitFilter
{
    QString region; // länskod; empty for all
    QString policyArea; // vocabulary key; empty for all
    QStringList formats; // any of these; empty for all

    bool operator==(const StudyVisitFilter &) const = default;
};

// The cases open for study visits, narrowed and sorted by distance from the user's municipality.
class StudyVisitBank
{
public:
    // The entry for a case open for visits; nullopt when it is not open.
    static std::optional<StudyVisitEntry> entry(const CaseRecord &record, const ReferenceData &referenceData);
    // The entries passing filter, nearest to homeMunicipality first; entries without a known place
    // last; equal distances (and every entry when home is unknown) by title, then id.
    static QList<StudyVisitEntry> select(QList<StudyVisitEntry> entries,
                                         const StudyVisitFilter &filter,
                                         const QString &homeMunicipality,
                                         const ReferenceData &referenceData);
};

// A request for a study visit, as an e-mail the user's mail program opens (no network needed).
struct VisitRequest
{
    Q_DECLARE_TR_FUNCTIONS(Fb::VisitRequest)

public:
    QString caseId;
    QString caseTitle;
    QString hostEmail;
    QString proposedDates;
    int groupSize = 0;
    QString requesterName;
    QString requesterOrganisation;

    QString subject() const;
    QString body() const;
    // mailto: with subject and body percent-encoded as RFC 6068 wants (UTF-8, CRLF line ends).
    QUrl mailtoUrl() const;
};

} // namespace Fb

Q_DECLARE_METATYPE(Fb::StudyVisitEntry)
