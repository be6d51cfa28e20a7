#include "caseview.h"

#include "searchquery.h"

#include <QDesktopServices>
#include <QTextBlock>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace Fb {

CaseView::CaseView(const CaseExporter &exporter, QWidget *parent)
    : QTextBrowser(parent)
    , m_exporter(exporter)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAccessibleName(tr("Case"));
    setAccessibleDescription(tr("The selected case with its fields and sections"));
    document()->setDocumentMargin(12);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == "https"_L1 || url.scheme() == "http"_L1 || url.scheme() == "mailto"_L1) {
            QDesktopServices::openUrl(url);
        } else if (url.scheme() == QLatin1StringView(CaseExporter::CaseLinkScheme)) {
            Q_EMIT caseLinkActivated(url.path());
        }
    });
}

QVariant CaseView::loadResource(int, const QUrl &)
{
    // Images and style sheets named by case text could track readers or leak what they read.
    return {};
}

void CaseView::showCase(const CaseRecord &record, const QStringList &terms, const LinkedRecords &links)
{
    m_caseId = record.id;
    m_record = record;
    setMarkdown(m_exporter.toMarkdown(record, &links));
    highlight(terms);
    moveCursor(QTextCursor::Start);
    Q_EMIT shownCaseChanged();
}

void CaseView::showMessage(const QString &message)
{
    m_caseId.clear();
    m_record.reset();
    m_highlights = 0;
    setPlainText(message);
    Q_EMIT shownCaseChanged();
}

void CaseView::highlight(const QStringList &terms)
{
    m_highlights = 0;
    if (terms.isEmpty()) {
        return;
    }
    QTextCharFormat format;
    format.setBackground(palette().brush(QPalette::Highlight));
    format.setForeground(palette().brush(QPalette::HighlightedText));
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (const SearchQuery::Range &range : SearchQuery::highlights(block.text(), terms)) {
            QTextCursor cursor(block);
            cursor.setPosition(block.position() + int(range.start));
            cursor.setPosition(block.position() + int(range.start + range.length), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(format);
            ++m_highlights;
        }
    }
}

} // namespace Fb
