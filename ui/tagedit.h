#pragma once

#include <QLineEdit>

namespace Fb {

// Tags typed as a comma-separated list, each completed from the tags already in the bank; the
// completion replaces only the tag being typed.
class TagEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit TagEdit(QWidget *parent = nullptr);

    // The tags, trimmed, without empties and repeats, in typed order.
    QStringList tags() const;
    // Shows tags unless the text already says them (so typing "a, " is not rewritten to "a").
    void setTags(const QStringList &tags);
    void setKnownTags(const QStringList &known);
};

} // namespace Fb
