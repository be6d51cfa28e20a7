#pragma once

#include "caserecord.h"
#include "referencedata.h"
#include "vocabularies.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Fb::Test {

// The built-in data, loaded once per test process (it is immutable).
inline const Vocabularies &vocabularies()
{
    static const Vocabularies v = [] {
        auto r = Vocabularies::builtIn();
        if (!r) {
            qFatal("built-in vocabularies missing");
        }
        return *r;
    }();
    return v;
}

inline const ReferenceData &referenceData()
{
    static const ReferenceData d = [] {
        auto r = ReferenceData::builtIn();
        if (!r) {
            qFatal("built-in reference data missing");
        }
        return *r;
    }();
    return d;
}

// A valid case to vary in tests. A draft (utkast), as a redaktor creates it (docs/server.md,
// "Review"); completeCase() adds what review needs.
inline CaseRecord validCase(const QString &id = u"6f1c2a4e-0b7d-4c1e-9a53-2f8e4d6b7c10"_s)
{
    CaseRecord c;
    c.id = id;
    c.title = u"Trygghetsvärdar i Ronneby"_s;
    c.shortName = u"Trygghetsvärdar"_s;
    c.summary = u"Kommunen och bostadsbolaget anställer unga som trygghetsvärdar i centrum på kvällstid."_s;
    c.caseKind = u"arbetssatt"_s;
    c.policyAreas = {u"trygghet"_s, u"arbetsmarknad"_s};
    c.targetGroups = {u"unga_vuxna"_s};
    c.scale = u"en_kommun"_s;
    c.status = u"i_drift"_s;
    c.lifecycleStage = u"genomfora"_s;
    c.start = u"2021-03"_s;
    c.owner = Actor{u"kommun"_s, u"Ronneby kommun"_s, u"1081"_s, u"huvudman"_s, {}};
    c.actors = {Actor{u"myndighet"_s, u"Polisen"_s, {}, u"partner"_s, {}}};
    c.municipalities = {u"1081"_s};
    c.regions = {u"10"_s};
    c.partnershipForms = {u"overenskommelse"_s};
    c.sections = {{u"problem"_s, u"Otrygghet i centrum **kvällstid**."_s},
                  {u"solution"_s, u"- Trygghetsvärdar\n- Samverkan med polisen"_s},
                  {u"pitfalls"_s, u"Svårt att rekrytera till kvällspass."_s}};
    c.evidenceLevel = 2;
    c.studyVisit = StudyVisit{true, {u"pa_plats"_s, u"digitalt"_s}, 15, u"trygghet@ronneby.example.se"_s, {}, {}};
    c.contacts = {Contact{{}, u"Trygghetssamordnare"_s, u"Ronneby kommun"_s, u"trygghet@ronneby.example.se"_s, {}, {}}};
    c.links = {Link{u"SKR"_s, u"https://skr.se/"_s, {}}};
    c.tags = {u"trygghet"_s, u"unga"_s};
    c.reviewState = u"utkast"_s;
    c.createdAt = u"2024-03-01T10:00:00Z"_s;
    c.createdBy = u"test"_s;
    c.updatedAt = u"2024-03-02T10:00:00Z"_s;
    c.updatedBy = u"test"_s;
    return c;
}

// validCase() with every field review needs (CaseCompleteness::requiredPaths()).
inline CaseRecord completeCase(const QString &id = u"6f1c2a4e-0b7d-4c1e-9a53-2f8e4d6b7c10"_s)
{
    CaseRecord c = validCase(id);
    c.sections.insert(u"results"_s, u"Färre anmälda brott kvällstid."_s);
    c.sections.insert(u"success_factors"_s, u"Unga från orten som värdar."_s);
    return c;
}

} // namespace Fb::Test
