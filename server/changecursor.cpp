#include "changecursor.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Fb {

QString ChangeCursor::encode(const QString &epoch, qint64 seq, const QString &tag, const QString &view)
{
    // epoch:seq:tag:view; the tag is empty at the beginning.
    const QString text = epoch + u':' + QString::number(seq) + u':' + tag + u':' + view;
    return QString::fromLatin1(text.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString ChangeCursor::tag(const Change &change)
{
    if (!change.chain.isEmpty()) {
        return change.chain; // names the whole feed up to this change
    }
    // Short: it tells changes apart at one sequence number, it is no secret and no checksum.
    const QByteArray key = (change.caseId + u':' + QString::number(change.version)).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(12));
}

QString ChangeCursor::after(const QString &epoch, const Change &change, const QString &view)
{
    return encode(epoch, change.seq, tag(change), view);
}

Result<QString> ChangeCursor::at(const CaseRepository &cases, const QString &epoch, qint64 seq, const QString &view)
{
    if (seq == 0) {
        return encode(epoch, 0, {}, view);
    }
    auto change = cases.changeAt(seq);
    if (!change) {
        return change.error();
    }
    if (!change->has_value()) {
        return Error{ErrorCode::InternalError, u"changes"_s, u"no change at the head"_s};
    }
    return after(epoch, **change, view);
}

Result<ChangeCursor::Position>
ChangeCursor::decode(const QString &cursor, const QString &epoch, const CaseRepository &cases)
{
    if (cursor.isEmpty()) {
        return Position{};
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(cursor.toLatin1(),
                                       QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return Error{ErrorCode::InvalidValue, u"cursor"_s, {}};
    }
    // epoch:seq:tag:view; older servers wrote epoch:seq and epoch:seq:tag.
    const QStringList parts = QString::fromUtf8(*decoded).split(u':');
    bool ok = false;
    const qint64 seq = parts.size() >= 2 && parts.size() <= 4 ? parts.at(1).toLongLong(&ok) : -1;
    if (!ok || seq < 0 || parts.at(0).isEmpty()) {
        return Error{ErrorCode::InvalidValue, u"cursor"_s, {}};
    }
    if (parts.at(0) != epoch) {
        return Error{ErrorCode::EpochChanged, {}, {}};
    }
    auto head = cases.headSeq();
    if (!head) {
        return head.error();
    }
    if (seq > *head) {
        return Error{ErrorCode::EpochChanged, {}, u"cursor past the head"_s};
    }
    if (seq > 0 && parts.size() >= 3 && !parts.at(2).isEmpty()) {
        auto change = cases.changeAt(seq);
        if (!change) {
            return change.error();
        }
        if (!change->has_value() || tag(**change) != parts.at(2)) {
            return Error{ErrorCode::EpochChanged, {}, u"cursor names another change"_s};
        }
    }
    return Position{seq, parts.value(3)};
}

} // namespace Fb
