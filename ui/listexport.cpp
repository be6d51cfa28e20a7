#include "listexport.h"

#include "errormessages.h"

#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Fb {

std::optional<ListExporter::Format> ListExport::formatOfFile(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(".csv"_L1)) {
        return ListExporter::Format::Csv;
    }
    if (lower.endsWith(".ods"_L1)) {
        return ListExporter::Format::Ods;
    }
    return std::nullopt;
}

QFuture<Result<void>> ListExport::write(const ListExporter &exporter,
                                        const SearchResult &result,
                                        const QString &path,
                                        ListExporter::Format format)
{
    // The rows point into the result's shared, immutable list, which the task keeps alive.
    return QtConcurrent::run([exporter, result, path, format]() -> Result<void> {
        QList<const CaseSummary *> cases;
        cases.reserve(result.rows.size());
        for (const int row : result.rows) {
            cases.append(&result.cases->at(row));
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return Error{ErrorCode::FileOpenFailed, path, file.errorString()};
        }
        if (auto r = exporter.write(cases, result.request, QDate::currentDate(), format, file); !r) {
            file.cancelWriting();
            return r;
        }
        if (!file.commit()) {
            return Error{ErrorCode::FileWriteFailed, path, file.errorString()};
        }
        return {};
    });
}

void ListExport::exportList(QMainWindow *window, const ListExporter &exporter, const SearchResult &result)
{
    const QString csv = tr("Comma-separated values for spreadsheets (*.csv)");
    const QString ods = tr("OpenDocument spreadsheet (*.ods)");
    QString filter = csv;
    QString path = QFileDialog::getSaveFileName(window,
                                                tr("Export the list"),
                                                QDir::home().filePath(tr("cases") + u".csv"_s),
                                                csv + u";;"_s + ods,
                                                &filter);
    if (path.isEmpty()) {
        return;
    }
    std::optional<ListExporter::Format> format = formatOfFile(path);
    if (!format) {
        format = filter == ods ? ListExporter::Format::Ods : ListExporter::Format::Csv;
        path += format == ListExporter::Format::Ods ? u".ods"_s : u".csv"_s;
    }
    auto *watcher = new QFutureWatcher<Result<void>>(window);
    QObject::connect(
        watcher,
        &QFutureWatcherBase::finished,
        window,
        [watcher, window, path, rows = result.rows.size()] {
            const Result<void> written = watcher->result();
            watcher->deleteLater();
            if (written) {
                window->statusBar()->showMessage(tr("Exported %n case(s) to %1.", nullptr, int(rows)).arg(path), 5000);
            } else {
                QMessageBox::warning(
                    window,
                    tr("Export the list"),
                    tr("The list could not be written to %1.\n%2").arg(path, ErrorMessages::text(written.error())));
            }
        });
    watcher->setFuture(write(exporter, result, path, *format));
}

} // namespace Fb
