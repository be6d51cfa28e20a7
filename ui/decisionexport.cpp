#include "decisionexport.h"

#include "errormessages.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

struct Choice
{
    DecisionDocument::Format format;
    QString filter;
};

QList<Choice> choices()
{
    return {{DecisionDocument::Format::Pdf, DecisionExport::tr("PDF document (*.pdf)")},
            {DecisionDocument::Format::Odt, DecisionExport::tr("OpenDocument text (*.odt)")},
            {DecisionDocument::Format::Markdown, DecisionExport::tr("Markdown (*.md *.markdown)")}};
}

} // namespace

QString DecisionExport::suggestedFileName(const CaseRecord &record, const QDate &date, DecisionDocument::Format format)
{
    QString name = record.shortName.trimmed().isEmpty() ? record.title : record.shortName;
    // Letters (å, ä, ö too), digits and single dashes: safe on every file system and in mail.
    static const QRegularExpression unsafe(u"[^\\p{L}\\p{N}]+"_s);
    name = name.replace(unsafe, u"-"_s);
    name = name.left(60);
    while (name.endsWith(u'-')) {
        name.chop(1);
    }
    while (name.startsWith(u'-')) {
        name.remove(0, 1);
    }
    if (name.isEmpty()) {
        name = tr("case");
    }
    return tr("decision-document") + u'-' + name + u'-' + date.toString(Qt::ISODate) + u'.'
        + DecisionDocument::fileSuffix(format);
}

std::optional<DecisionDocument::Format> DecisionExport::formatOfFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix.isEmpty() ? std::nullopt : DecisionDocument::formatFromName(suffix);
}

void DecisionExport::exportCase(QWidget *parent, const DecisionDocument &document, const CaseRecord &record)
{
    exportCases(parent, document, {record}, DecisionDocument::defaultSections());
}

void DecisionExport::exportCases(QWidget *parent,
                                 const DecisionDocument &document,
                                 const QList<CaseRecord> &records,
                                 const QStringList &sections)
{
    if (records.isEmpty()) {
        return;
    }
    const QDate today = QDate::currentDate();
    const QList<Choice> formats = choices();
    QStringList filters;
    for (const Choice &c : formats) {
        filters.append(c.filter);
    }
    QFileDialog dialog(parent, tr("Export decision document"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters(filters);
    dialog.setDefaultSuffix(DecisionDocument::fileSuffix(DecisionDocument::Format::Pdf));
    dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    CaseRecord named = records.first();
    if (records.size() > 1) {
        named.shortName = tr("Comparison of %n cases", nullptr, int(records.size()));
    }
    dialog.selectFile(suggestedFileName(named, today, DecisionDocument::Format::Pdf));
    // A name typed without a suffix gets the chosen format's (the dialog itself swaps a typed one).
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, formats](const QString &f) {
        for (const Choice &c : formats) {
            if (c.filter == f) {
                dialog.setDefaultSuffix(DecisionDocument::fileSuffix(c.format));
            }
        }
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return;
    }
    const QString path = dialog.selectedFiles().constFirst();
    std::optional<DecisionDocument::Format> format = formatOfFile(path);
    for (qsizetype i = 0; !format && i < formats.size(); ++i) {
        if (formats.at(i).filter == dialog.selectedNameFilter()) {
            format = formats.at(i).format;
        }
    }

    QSaveFile file(path);
    Result<void> written;
    if (!file.open(QIODevice::WriteOnly)) {
        written = Error{ErrorCode::FileWriteFailed, path, file.errorString()};
    } else {
        written = document.write(records, sections, format.value_or(DecisionDocument::Format::Pdf), today, file);
        if (written && !file.commit()) {
            written = Error{ErrorCode::FileWriteFailed, path, file.errorString()};
        }
    }
    if (!written) {
        QMessageBox::warning(parent,
                             tr("Export decision document"),
                             tr("The decision document could not be saved.\n%1")
                                 .arg(ErrorMessages::text(Error{written.code(), path, written.error().detail})));
    }
}

void DecisionExport::printCase(QWidget *parent, const DecisionDocument &document, const CaseRecord &record)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(DecisionDocument::pageLayout());
    printer.setDocName(record.title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print decision document"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (auto printed = document.print(record, QDate::currentDate(), printer); !printed) {
        QMessageBox::warning(
            parent,
            tr("Print decision document"),
            tr("The decision document could not be printed.\n%1").arg(ErrorMessages::text(printed.error())));
    }
}

} // namespace Fb
