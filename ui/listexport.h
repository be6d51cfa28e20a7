#pragma once

#include "listexporter.h"
#include "searchtypes.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

#include <optional>

class QMainWindow;

namespace Fb {

// The app's way out for the case list: File → Export the list… writes the rows of the current
// search, in the list's order, as CSV or an OpenDocument spreadsheet (ListExporter) to a file the
// user picks. The file is written on a pool thread, never the UI thread: 50,000 rows take a
// while; the window says when it is done.
class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(Fb::ListExport)

public:
    // Asks for the file, then writes; says in the window's status bar when it is done, or in a
    // message box why it could not be.
    static void exportList(QMainWindow *window, const ListExporter &exporter, const SearchResult &result);

    // Writes result's rows to path (replaced whole or not at all) on a pool thread.
    static QFuture<Result<void>>
    write(const ListExporter &exporter, const SearchResult &result, const QString &path, ListExporter::Format format);

    // The format a file name asks for by its suffix; nullopt when it names none.
    static std::optional<ListExporter::Format> formatOfFile(const QString &path);
};

} // namespace Fb
