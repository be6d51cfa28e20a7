#include "diffhtml.h"

#include "worddiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Fb::DiffHtml {

QString text(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isUndefined() || value.isNull()) {
        return {};
    }
    if (value.isArray() || value.isObject()) {
        return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

QString marked(const QString &base, const QString &side, const QPalette &palette)
{
    QString html = u"<div style=\"white-space: pre-wrap\">"_s;
    const QString added = palette.color(QPalette::Highlight).name();
    const QString addedText = palette.color(QPalette::HighlightedText).name();
    for (const WordDiff::Piece &p : WordDiff::diff(base, side)) {
        const QString piece = p.text.toHtmlEscaped();
        switch (p.kind) {
        case WordDiff::Piece::Kind::Same: html += piece; break;
        case WordDiff::Piece::Kind::Added:
            html += u"<span style=\"background-color:%1; color:%2\">%3</span>"_s.arg(added, addedText, piece);
            break;
        case WordDiff::Piece::Kind::Removed: html += u"<s>%1</s>"_s.arg(piece); break;
        }
    }
    return html + u"</div>"_s;
}

} // namespace Fb::DiffHtml
