#pragma once

#include "caseexporter.h"
#include "caserecord.h"

#include <QTextBrowser>

#include <optional>

namespace Fb {

// Shows one case: its fields and Markdown sections, with the search words highlighted. Renders
// the same Markdown the exporter writes, so what you read is what you export. Never loads
// anything from the network or the file system: only web links, opened in the browser on click.
class CaseView : public QTextBrowser
{
    Q_OBJECT

public:
    CaseView(const CaseExporter &exporter, QWidget *parent = nullptr);

    void showCase(const CaseRecord &record, const QStringList &terms, const LinkedRecords &links = {});
    void showMessage(const QString &message);

    const QString &caseId() const { return m_caseId; }

    // The case on show; nullptr while a message is shown.
    const CaseRecord *shownCase() const { return m_record ? &*m_record : nullptr; }

    // Number of highlighted hits in the shown case.
    int highlightCount() const { return m_highlights; }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    // A case or a message replaced what was shown.
    void shownCaseChanged();
    // The reader followed a link to another case or question (an answer, an adoption).
    void caseLinkActivated(const QString &id);

private:
    void highlight(const QStringList &terms);

    const CaseExporter &m_exporter;
    QString m_caseId;
    std::optional<CaseRecord> m_record;
    int m_highlights = 0;
};

} // namespace Fb
