#include "vocabularychecklist.h"

namespace Fb {

VocabularyChecklist::VocabularyChecklist(const Vocabulary &vocabulary, Language language, QWidget *parent)
    : QListWidget(parent)
{
    for (const VocabularyEntry &entry : vocabulary.entries()) {
        auto *item = new QListWidgetItem(entry.label(language), this);
        item->setData(Qt::UserRole, entry.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    setAccessibleName(vocabulary.title(language));
    setUniformItemSizes(true);
    // Tall enough for a handful of rows; the form scrolls for the rest.
    setMaximumHeight(sizeHintForRow(0) * 6 + 2 * frameWidth() + 4);
    connect(this, &QListWidget::itemChanged, this, [this] {
        if (!m_programmatic) {
            Q_EMIT edited();
        }
    });
}

QStringList VocabularyChecklist::keys() const
{
    QStringList result;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked) {
            result.append(item(i)->data(Qt::UserRole).toString());
        }
    }
    return result;
}

void VocabularyChecklist::setKeys(const QStringList &keys)
{
    m_programmatic = true;
    QStringList unknown = keys;
    for (int i = 0; i < count(); ++i) {
        const QString key = item(i)->data(Qt::UserRole).toString();
        item(i)->setCheckState(keys.contains(key) ? Qt::Checked : Qt::Unchecked);
        unknown.removeAll(key);
    }
    for (const QString &key : std::as_const(unknown)) {
        auto *item = new QListWidgetItem(key, this);
        item->setData(Qt::UserRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_programmatic = false;
}

} // namespace Fb
