#include "studyvisitbank.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

bool looksLikeEmail(const QString &text)
{
    return text.contains(u'@') && !text.contains(u' ');
}

} // namespace

std::optional<StudyVisitEntry> StudyVisitBank::entry(const CaseRecord &record, const ReferenceData &referenceData)
{
    if (!record.studyVisit.open) {
        return std::nullopt;
    }
    StudyVisitEntry e;
    e.id = record.id;
    e.title = record.title;
    e.hostOrganisation = record.owner.name;
    e.municipalities = record.municipalities;
    if (record.owner.type == "kommun"_L1 && !record.owner.code.isEmpty()
        && !e.municipalities.contains(record.owner.code)) {
        e.municipalities.prepend(record.owner.code);
    }
    e.regions = record.regions;
    if (record.owner.type == "region"_L1 && !record.owner.code.isEmpty() && !e.regions.contains(record.owner.code)) {
        e.regions.append(record.owner.code);
    }
    for (const QString &code : std::as_const(e.municipalities)) {
        if (const Municipality *m = referenceData.municipality(code); m && !e.regions.contains(m->regionCode)) {
            e.regions.append(m->regionCode);
        }
    }
    e.policyAreas = record.policyAreas;
    e.formats = record.studyVisit.formats;
    e.maxGroup = record.studyVisit.maxGroup;
    e.contact = record.studyVisit.contact.trimmed();
    e.notes = record.studyVisit.notes;
    e.municipality = e.municipalities.value(0);
    // The visit's contact may be an address, a name from the contact list, or empty; the contact
    // card then falls back to the case's first contact with an address.
    const Contact *card = nullptr;
    for (const Contact &c : record.contacts) {
        if (!e.contact.isEmpty()
            && (c.name.compare(e.contact, Qt::CaseInsensitive) == 0
                || c.email.compare(e.contact, Qt::CaseInsensitive) == 0)) {
            card = &c;
            break;
        }
    }
    if (!card && (e.contact.isEmpty() || !looksLikeEmail(e.contact))) {
        for (const Contact &c : record.contacts) {
            if (!c.email.isEmpty()) {
                card = &c;
                break;
            }
        }
    }
    if (card) {
        e.contactName = card->name;
        e.contactEmail = card->email;
        e.contactPhone = card->phone;
    }
    if (looksLikeEmail(e.contact)) {
        e.contactEmail = e.contact;
    }
    return e;
}

QList<StudyVisitEntry> StudyVisitBank::select(QList<StudyVisitEntry> entries,
                                              const StudyVisitFilter &filter,
                                              const QString &homeMunicipality,
                                              const ReferenceData &referenceData)
{
    QList<StudyVisitEntry> kept;
    for (StudyVisitEntry &e : entries) {
        if (!filter.region.isEmpty() && !e.regions.contains(filter.region)) {
            continue;
        }
        if (!filter.policyArea.isEmpty() && !e.policyAreas.contains(filter.policyArea)) {
            continue;
        }
        if (!filter.formats.isEmpty() && std::ranges::none_of(filter.formats, [&](const QString &f) {
                return e.formats.contains(f);
            })) {
            continue;
        }
        e.distanceKm = -1;
        e.municipality = e.municipalities.value(0);
        for (const QString &code : std::as_const(e.municipalities)) {
            const double d = referenceData.distanceKm(homeMunicipality, code);
            if (d >= 0 && (e.distanceKm < 0 || d < e.distanceKm)) {
                e.distanceKm = d;
                e.municipality = code;
            }
        }
        kept.append(std::move(e));
    }
    std::ranges::stable_sort(kept, [](const StudyVisitEntry &a, const StudyVisitEntry &b) {
        const bool aKnown = a.distanceKm >= 0;
        const bool bKnown = b.distanceKm >= 0;
        if (aKnown != bKnown) {
            return aKnown;
        }
        if (aKnown && a.distanceKm != b.distanceKm) {
            return a.distanceKm < b.distanceKm;
        }
        if (const int c = a.title.localeAwareCompare(b.title); c != 0) {
            return c < 0;
        }
        return a.id < b.id;
    });
    return kept;
}

QString VisitRequest::subject() const
{
    return tr("Request for a study visit: %1").arg(caseTitle);
}

QString VisitRequest::body() const
{
    QStringList lines;
    lines << tr("Hello,") << QString()
          << tr("We would like to make a study visit to learn about \"%1\".").arg(caseTitle) << QString();
    if (!proposedDates.trimmed().isEmpty()) {
        lines << tr("Proposed dates: %1").arg(proposedDates.trimmed());
    }
    if (groupSize > 0) {
        lines << tr("Group size: %n person(s)", nullptr, groupSize);
    }
    lines << QString() << tr("The case in Framgångsbanken: %1").arg(caseId) << QString() << tr("Kind regards,");
    if (!requesterName.trimmed().isEmpty()) {
        lines << requesterName.trimmed();
    }
    if (!requesterOrganisation.trimmed().isEmpty()) {
        lines << requesterOrganisation.trimmed();
    }
    return lines.join(u'\n');
}

QUrl VisitRequest::mailtoUrl() const
{
    // Percent-encode everything but the unreserved characters: '&', '=', '+' and '#' in a title
    // would otherwise cut the subject or body short in the mail program.
    const QByteArray address = QUrl::toPercentEncoding(hostEmail.trimmed(), "@");
    QString text = body();
    text.replace(u'\n', u"\r\n"_s);
    const QByteArray encoded = "mailto:" + address + "?subject=" + QUrl::toPercentEncoding(subject())
        + "&body=" + QUrl::toPercentEncoding(text);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

} // namespace Fb
