#include "tagedit.h"

#include <QCompleter>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

class TagCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override { return {path.section(u',', -1).trimmed()}; }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString text = static_cast<QLineEdit *>(widget())->text();
        const qsizetype comma = text.lastIndexOf(u',');
        const QString before = comma < 0 ? QString() : text.left(comma + 1) + u' ';
        return before + index.data().toString() + u", "_s;
    }
};

} // namespace

TagEdit::TagEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("Comma-separated, e.g. loneliness, volunteers"));
}

QStringList TagEdit::tags() const
{
    QStringList result;
    for (const QString &t : text().split(u',')) {
        if (const QString tag = t.trimmed(); !tag.isEmpty() && !result.contains(tag)) {
            result.append(tag);
        }
    }
    return result;
}

void TagEdit::setTags(const QStringList &tags)
{
    if (tags != this->tags()) {
        setText(tags.join(u", "_s));
    }
}

void TagEdit::setKnownTags(const QStringList &known)
{
    auto *completer = new TagCompleter(known, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchStartsWith);
    delete this->completer();
    setCompleter(completer);
}

} // namespace Fb
