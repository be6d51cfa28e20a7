#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtEndian>

#include <array>
#include <optional>

namespace Fb::Test {

// Reads the members of a ZIP file (stored or deflated), so tests can look inside OpenDocument
// files without Qt's private headers or tools the build root does not have. Written from the ZIP
// format and RFC 1951; slow and strict, for test data only.
class ZipArchive
{
public:
    explicit ZipArchive(QByteArray zip)
        : m_zip(std::move(zip))
    {
        // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
        for (qsizetype at = m_zip.size() - 22; at >= 0 && at >= m_zip.size() - 65557; --at) {
            if (u32(at) == 0x06054b50) {
                readDirectory(u16(at + 10), u32(at + 16));
                break;
            }
        }
    }

    bool isValid() const { return m_valid; }

    QStringList names() const
    {
        QStringList result;
        for (const Entry &e : m_entries) {
            result.append(e.name);
        }
        return result;
    }

    // The member's bytes; nullopt when missing or damaged.
    std::optional<QByteArray> member(const QString &name) const
    {
        for (const Entry &e : m_entries) {
            if (e.name != name || u32(e.localHeader) != 0x04034b50) {
                continue;
            }
            const qsizetype data = e.localHeader + 30 + u16(e.localHeader + 26) + u16(e.localHeader + 28);
            const QByteArray raw = m_zip.mid(data, e.compressedSize);
            if (raw.size() != e.compressedSize) {
                return std::nullopt;
            }
            std::optional<QByteArray> bytes;
            if (e.method == 0) {
                bytes = raw;
            } else if (e.method == 8) {
                bytes = Inflater(raw).run();
            }
            if (!bytes || bytes->size() != e.size) {
                return std::nullopt;
            }
            return bytes;
        }
        return std::nullopt;
    }

private:
    struct Entry
    {
        QString name;
        int method = 0;
        qsizetype compressedSize = 0;
        qsizetype size = 0;
        qsizetype localHeader = 0;
    };

    // RFC 1951, block by block: stored, fixed and dynamic Huffman codes.
    class Inflater
    {
    public:
        explicit Inflater(const QByteArray &in)
            : m_in(in)
        {
        }

        std::optional<QByteArray> run()
        {
            int last = 0;
            do {
                last = bits(1);
                const int type = bits(2);
                if (type == 0) {
                    stored();
                } else if (type == 1) {
                    fixed();
                } else if (type == 2) {
                    dynamic();
                } else {
                    m_error = true;
                }
            } while (!last && !m_error);
            return m_error ? std::nullopt : std::optional<QByteArray>(m_out);
        }

    private:
        struct Huffman
        {
            std::array<int, 16> counts{};
            QList<int> symbols;
        };

        int bits(int n)
        {
            int value = 0;
            for (int i = 0; i < n; ++i) {
                if (m_bitCount == 0) {
                    if (m_pos >= m_in.size()) {
                        m_error = true;
                        return 0;
                    }
                    m_bitBuffer = uchar(m_in.at(m_pos++));
                    m_bitCount = 8;
                }
                value |= (m_bitBuffer & 1) << i;
                m_bitBuffer >>= 1;
                --m_bitCount;
            }
            return value;
        }

        static Huffman build(const QList<int> &lengths)
        {
            Huffman h;
            for (int length : lengths) {
                ++h.counts[size_t(length)];
            }
            h.counts[0] = 0;
            for (int length = 1; length < 16; ++length) {
                for (int symbol = 0; symbol < lengths.size(); ++symbol) {
                    if (lengths.at(symbol) == length) {
                        h.symbols.append(symbol);
                    }
                }
            }
            return h;
        }

        // Codes are canonical: read bit by bit, counting codes of each length.
        int decode(const Huffman &h)
        {
            int code = 0;
            int first = 0;
            int index = 0;
            for (int length = 1; length < 16 && !m_error; ++length) {
                code |= bits(1);
                const int count = h.counts[size_t(length)];
                if (code - count < first) {
                    return h.symbols.value(index + (code - first), -1);
                }
                index += count;
                first = (first + count) << 1;
                code <<= 1;
            }
            m_error = true;
            return -1;
        }

        void stored()
        {
            m_bitCount = 0;
            if (m_pos + 4 > m_in.size()) {
                m_error = true;
                return;
            }
            const int length = uchar(m_in.at(m_pos)) | uchar(m_in.at(m_pos + 1)) << 8;
            m_pos += 4;
            if (m_pos + length > m_in.size()) {
                m_error = true;
                return;
            }
            m_out += m_in.mid(m_pos, length);
            m_pos += length;
        }

        void codes(const Huffman &literals, const Huffman &distances)
        {
            static constexpr std::array<int, 29> lengthBase{3,  4,  5,  6,   7,   8,   9,   10,  11, 13,
                                                            15, 17, 19, 23,  27,  31,  35,  43,  51, 59,
                                                            67, 83, 99, 115, 131, 163, 195, 227, 258};
            static constexpr std::array<int, 29> lengthExtra{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                             2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
            static constexpr std::array<int, 30> distanceBase{
                1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
                193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
            static constexpr std::array<int, 30> distanceExtra{0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                                               6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
            while (!m_error) {
                int symbol = decode(literals);
                if (symbol < 0) {
                    return;
                }
                if (symbol < 256) {
                    m_out += char(symbol);
                    continue;
                }
                if (symbol == 256) {
                    return;
                }
                symbol -= 257;
                if (symbol >= 29) {
                    m_error = true;
                    return;
                }
                // The length's extra bits come before the distance's code.
                const int length = lengthBase[size_t(symbol)] + bits(lengthExtra[size_t(symbol)]);
                const int d = decode(distances);
                if (d < 0 || d >= 30) {
                    m_error = true;
                    return;
                }
                const int distance = distanceBase[size_t(d)] + bits(distanceExtra[size_t(d)]);
                if (distance > m_out.size()) {
                    m_error = true;
                    return;
                }
                for (int i = 0; i < length; ++i) {
                    m_out += m_out.at(m_out.size() - distance);
                }
            }
        }

        void fixed()
        {
            QList<int> lengths(288, 8);
            for (int s = 144; s < 256; ++s) {
                lengths[s] = 9;
            }
            for (int s = 256; s < 280; ++s) {
                lengths[s] = 7;
            }
            codes(build(lengths), build(QList<int>(30, 5)));
        }

        void dynamic()
        {
            static constexpr std::array<int, 19>
                order{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
            const int literalCount = bits(5) + 257;
            const int distanceCount = bits(5) + 1;
            const int codeCount = bits(4) + 4;
            QList<int> lengths(19, 0);
            for (int i = 0; i < codeCount; ++i) {
                lengths[order[size_t(i)]] = bits(3);
            }
            const Huffman lengthCode = build(lengths);
            lengths = QList<int>(literalCount + distanceCount, 0);
            for (int index = 0; index < lengths.size() && !m_error;) {
                const int symbol = decode(lengthCode);
                if (symbol < 0) {
                    return;
                }
                if (symbol < 16) {
                    lengths[index++] = symbol;
                    continue;
                }
                int repeat = 0;
                int value = 0;
                if (symbol == 16) {
                    if (index == 0) {
                        m_error = true;
                        return;
                    }
                    value = lengths.at(index - 1);
                    repeat = 3 + bits(2);
                } else if (symbol == 17) {
                    repeat = 3 + bits(3);
                } else {
                    repeat = 11 + bits(7);
                }
                if (index + repeat > lengths.size()) {
                    m_error = true;
                    return;
                }
                while (repeat-- > 0) {
                    lengths[index++] = value;
                }
            }
            codes(build(lengths.mid(0, literalCount)), build(lengths.mid(literalCount)));
        }

        const QByteArray &m_in;
        qsizetype m_pos = 0;
        int m_bitBuffer = 0;
        int m_bitCount = 0;
        QByteArray m_out;
        bool m_error = false;
    };

    quint32 u32(qsizetype at) const
    {
        return at >= 0 && at + 4 <= m_zip.size() ? qFromLittleEndian<quint32>(m_zip.constData() + at) : 0;
    }

    quint16 u16(qsizetype at) const
    {
        return at >= 0 && at + 2 <= m_zip.size() ? qFromLittleEndian<quint16>(m_zip.constData() + at) : 0;
    }

    void readDirectory(int count, qsizetype at)
    {
        for (int i = 0; i < count; ++i) {
            if (u32(at) != 0x02014b50) {
                return;
            }
            Entry e;
            e.method = u16(at + 10);
            e.compressedSize = u32(at + 20);
            e.size = u32(at + 24);
            e.localHeader = u32(at + 42);
            const int nameLength = u16(at + 28);
            e.name = QString::fromUtf8(m_zip.mid(at + 46, nameLength));
            m_entries.append(e);
            at += 46 + nameLength + u16(at + 30) + u16(at + 32);
        }
        m_valid = true;
    }

    QByteArray m_zip;
    QList<Entry> m_entries;
    bool m_valid = false;
};

} // namespace Fb::Test
