#include "casetemplates.h"

#include "caserecord.h"
#include "reviewworkflow.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Fb {

QJsonObject CaseTemplates::blank(const QString &id)
{
    return QJsonObject{{u"schema"_s, CaseRecord::SchemaVersion},
                       {u"id"_s, id},
                       {u"review_state"_s, ReviewWorkflow::initialState()}};
}

QJsonObject CaseTemplates::guided(const QString &id)
{
    QJsonObject body = blank(id);
    // Questions as headings the writer answers under and may delete.
    const QJsonObject sections{
        {u"problem"_s, tr("### What was the problem, and for whom?\n\n### What was it like before you started?\n")},
        {u"solution"_s, tr("### What did you do?\n\n### Who did what?\n\n### What did it take to get started?\n")},
        {u"results"_s, tr("### What changed?\n\n### How do you know? (figures, follow-up, sources)\n")},
        {u"pitfalls"_s, tr("- What would you warn others about?\n")},
        {u"success_factors"_s, tr("- What made it work?\n")},
        {u"costs"_s, tr("### What did it cost, and who paid?\n")},
    };
    body.insert(u"sections"_s, sections);
    return body;
}

QJsonObject CaseTemplates::structureOf(const QJsonObject &existing, const QString &id)
{
    QJsonObject body = blank(id);
    for (const char *key : {"case_kind", "policy_areas", "target_groups", "scale", "partnership_forms"}) {
        const QLatin1StringView k(key);
        if (existing.contains(k)) {
            body.insert(k, existing.value(k));
        }
    }
    static const QRegularExpression heading(u"^#{1,6} .*$"_s, QRegularExpression::MultilineOption);
    QJsonObject sections;
    const QJsonObject from = existing.value("sections"_L1).toObject();
    for (auto it = from.begin(); it != from.end(); ++it) {
        QStringList headings;
        for (auto m = heading.globalMatch(it.value().toString()); m.hasNext();) {
            headings.append(m.next().captured());
        }
        if (!headings.isEmpty()) {
            sections.insert(it.key(), QString(headings.join(u"\n\n"_s) + u'\n'));
        }
    }
    if (!sections.isEmpty()) {
        body.insert(u"sections"_s, sections);
    }
    return body;
}

} // namespace Fb
