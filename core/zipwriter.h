#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

namespace Fb {

// Writes a ZIP file whose members are stored, not compressed: what an OpenDocument file needs
// (its first member, "mimetype", must be stored) and enough for the small files we write, without
// Qt's private zip classes. Written from the ZIP application note (PKWARE, APPNOTE 6.3): local
// headers, then the central directory and its end record; names in UTF-8; no ZIP64, so under
// 4 GiB in all.
class ZipWriter
{
public:
    explicit ZipWriter(QIODevice &out);

    // False when the device refused the bytes or the file would pass 4 GiB.
    bool add(const QString &name, const QByteArray &data);
    // Writes the central directory; nothing may be added after.
    bool finish();

    static quint32 crc32(const QByteArray &data);

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };

    bool put(const QByteArray &bytes);

    QIODevice &m_out;
    QList<Entry> m_entries;
    qint64 m_offset = 0;
};

} // namespace Fb
