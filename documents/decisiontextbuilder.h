#pragma once

#include "decisionoutline.h"
#include "result.h"

#include <QCoreApplication>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace Fb {

// Lays a decision document out as rich text and paints it page by page, with a footer on every
// page, onto a PDF writer or a printer. Case text goes in as text (and case Markdown without
// HTML), and the documents it makes never load a resource.
class DecisionTextBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Fb::DecisionTextBuilder)

public:
    static std::unique_ptr<QTextDocument> build(const DecisionOutline &outline);
    static Result<void> paint(const DecisionOutline &outline, QPagedPaintDevice &device);
};

} // namespace Fb
