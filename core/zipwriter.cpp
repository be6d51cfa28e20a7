#include "zipwriter.h"

#include <QtEndian>

#include <array>
#include <limits>

namespace Fb {

namespace {

// The CRC-32 of ZIP (polynomial 0xEDB88320, reflected), one table entry per byte value.
constexpr std::array<quint32, 256> crcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k) {
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        table[i] = c;
    }
    return table;
}

constexpr auto CrcTable = crcTable();

void append16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void append32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

constexpr quint16 Version = 20; // 2.0: stored members, directories
constexpr quint16 Utf8Names = 0x0800; // general purpose flag bit 11
constexpr quint16 Date = (1 << 5) | 1; // 1980-01-01, the earliest ZIP knows: no clock in the bytes

} // namespace

ZipWriter::ZipWriter(QIODevice &out)
    : m_out(out)
{
}

quint32 ZipWriter::crc32(const QByteArray &data)
{
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : data) {
        c = CrcTable[(c ^ quint8(byte)) & 0xFF] ^ (c >> 8);
    }
    return c ^ 0xFFFFFFFFu;
}

bool ZipWriter::put(const QByteArray &bytes)
{
    if (m_out.write(bytes) != bytes.size()) {
        return false;
    }
    m_offset += bytes.size();
    return true;
}

bool ZipWriter::add(const QString &name, const QByteArray &data)
{
    const Entry entry{name.toUtf8(), crc32(data), quint32(data.size()), quint32(m_offset)};
    if (m_offset + 30 + entry.name.size() + data.size() > std::numeric_limits<quint32>::max()) {
        return false;
    }
    QByteArray header;
    append32(header, 0x04034b50);
    append16(header, Version);
    append16(header, Utf8Names);
    append16(header, 0); // stored
    append16(header, 0); // time
    append16(header, Date);
    append32(header, entry.crc);
    append32(header, entry.size); // compressed: the same, stored
    append32(header, entry.size);
    append16(header, quint16(entry.name.size()));
    append16(header, 0); // no extra field
    header += entry.name;
    if (!put(header) || !put(data)) {
        return false;
    }
    m_entries.append(entry);
    return true;
}

bool ZipWriter::finish()
{
    const quint32 start = quint32(m_offset);
    QByteArray directory;
    for (const Entry &e : std::as_const(m_entries)) {
        append32(directory, 0x02014b50);
        append16(directory, Version); // made by
        append16(directory, Version); // needed
        append16(directory, Utf8Names);
        append16(directory, 0);
        append16(directory, 0);
        append16(directory, Date);
        append32(directory, e.crc);
        append32(directory, e.size);
        append32(directory, e.size);
        append16(directory, quint16(e.name.size()));
        append16(directory, 0); // extra
        append16(directory, 0); // comment
        append16(directory, 0); // disk
        append16(directory, 0); // internal attributes
        append32(directory, 0); // external attributes
        append32(directory, e.offset);
        directory += e.name;
    }
    QByteArray end;
    append32(end, 0x06054b50);
    append16(end, 0);
    append16(end, 0);
    append16(end, quint16(m_entries.size()));
    append16(end, quint16(m_entries.size()));
    append32(end, quint32(directory.size()));
    append32(end, start);
    append16(end, 0); // comment
    return put(directory) && put(end);
}

} // namespace Fb
