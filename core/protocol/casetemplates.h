#pragma once

#include <QCoreApplication>
#include <QJsonObject>

namespace Fb {

// Starting points for a new case (docs/editor.md): empty, with guiding questions in each
// section, or with the structure of an existing case (its classification and the headings of
// its sections, none of its text).
class CaseTemplates
{
    Q_DECLARE_TR_FUNCTIONS(Fb::CaseTemplates)

public:
    static QJsonObject blank(const QString &id);
    static QJsonObject guided(const QString &id);
    static QJsonObject structureOf(const QJsonObject &existing, const QString &id);
};

} // namespace Fb
