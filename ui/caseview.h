#pragma once

#include "caseexporter.h"
#include "caserecord.h"

#include <QTextBrowser>

namespace Fb {

// Shows one case: its fields and Markdown sections, with the search words highlighted. Renders
// the same Markdown the exporter writes, so what you read is what you export. Never loads
// anything from the network or the file system: only web links, opened in the browser on click.
class CaseView : public QTextBrowser
{
    Q_OBJECT

public:
    CaseView(const CaseExporter &exporter, QWidget *parent = nullptr);

    void showCase(const CaseRecord &record, const QStringList &terms);
    void showMessage(const QString &message);

    const QString &caseId() const { return m_caseId; }

    // Number of highlighted hits in the shown case.
    int highlightCount() const { return m_highlights; }

    QVariant loadResource(int type, const QUrl &name) override;

private:
    void highlight(const QStringList &terms);

    const CaseExporter &m_exporter;
    QString m_caseId;
    int m_highlights = 0;
};

} // namespace Fb
