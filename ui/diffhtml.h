#pragma once

#include <QJsonValue>
#include <QPalette>
#include <QString>

namespace Fb::DiffHtml {

// A field's value as a person reads it: text as it is, lists and objects as indented JSON.
QString text(const QJsonValue &value);

// The words of side changed against base, as HTML: added ones highlighted, removed ones struck
// out (WordDiff), in the palette's colours.
QString marked(const QString &base, const QString &side, const QPalette &palette);

} // namespace Fb::DiffHtml
