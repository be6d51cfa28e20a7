#include "similarcasespanel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fb {

SimilarCasesPanel::SimilarCasesPanel(const Vocabularies &vocabularies, Language language, QWidget *parent)
    : QWidget(parent)
    , m_vocabularies(vocabularies)
    , m_language(language)
    , m_title(new QLabel(tr("Similar cases"), this))
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(tr("No similar cases found."), this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_list->setAccessibleName(tr("Similar cases"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_empty->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT caseActivated(item->data(Qt::UserRole).toString());
    });
}

void SimilarCasesPanel::setTitle(const QString &title)
{
    m_title->setText(title);
    m_list->setAccessibleName(title);
}

QString SimilarCasesPanel::reasons(const SimilarCase &c) const
{
    auto labels = [&](const char *vocabulary, const QStringList &keys) {
        QStringList out;
        for (const QString &key : keys) {
            out.append(m_vocabularies.vocabulary(vocabulary).label(key, m_language));
        }
        return out.join(", "_L1);
    };
    QStringList parts;
    if (!c.sharedPolicyAreas.isEmpty()) {
        parts << tr("Policy areas: %1").arg(labels(Vocabularies::PolicyArea, c.sharedPolicyAreas));
    }
    if (!c.sharedTargetGroups.isEmpty()) {
        parts << tr("Target groups: %1").arg(labels(Vocabularies::TargetGroup, c.sharedTargetGroups));
    }
    if (c.textSimilarity >= 0.05) {
        parts << tr("Similar text (%1 %)").arg(qRound(c.textSimilarity * 100));
    }
    if (c.distanceKm == 0) {
        parts << tr("Same municipality");
    } else {
        if (c.sameRegion) {
            parts << tr("Same region");
        }
        if (c.distanceKm > 0) {
            parts << tr("%1 km away").arg(qRound(c.distanceKm));
        }
    }
    return parts.join(u" · "_s);
}

void SimilarCasesPanel::setCases(const QList<SimilarCase> &cases)
{
    m_cases = cases;
    m_list->clear();
    for (const SimilarCase &c : cases) {
        const QString why = reasons(c);
        auto *item = new QListWidgetItem(why.isEmpty() ? c.title : c.title + u'\n' + why, m_list);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(why);
    }
    m_empty->setVisible(cases.isEmpty());
    m_list->setVisible(!cases.isEmpty());
}

} // namespace Fb
