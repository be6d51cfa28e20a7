#pragma once

#include "casecomparison.h"
#include "caserecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Fb {

// What a decision document says, already in words (labels resolved, empty fields left out), for
// the renderers to lay out. Every string is plain text except `markdown`, which is case Markdown.
struct DecisionOutline
{
    struct Fact
    {
        QString label;
        QString value;
        QString note; // a one-line explanation under the value
    };

    struct Section
    {
        int level = 2; // 2 under the document's title, 3 under a case's heading
        QString heading;
        QString lead; // a sentence before the rest
        QList<Fact> facts;
        QStringList items;
        QList<Link> links;
        QString markdown;
    };

    QString bank;
    QString kind; // "Decision document"
    QString date;
    QString title;
    QString summary;
    QList<Fact> facts;
    // Several cases side by side (a document on several cases): a column per case.
    QStringList compared;
    QList<ComparisonRow> comparison;
    QList<Section> sections;
};

} // namespace Fb
