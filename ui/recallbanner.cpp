#include "recallbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Fb {

RecallBanner::RecallBanner(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_didYouMean(new QPushButton(this))
{
    setObjectName(u"RecallBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAccessibleName(tr("How the results were found"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setForegroundRole(QPalette::ToolTipText);
    m_didYouMean->setFlat(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_didYouMean);
    connect(m_didYouMean, &QPushButton::clicked, this, [this] {
        Q_EMIT suggestionChosen(m_suggestion);
    });
    hide();
}

void RecallBanner::setRecall(const SearchRecall &recall, const QString &text)
{
    m_message->setText(recall.notes().join(u' '));
    m_suggestion = recall.corrections.isEmpty() ? QString() : recall.corrected(text);
    //: A button under a search that found words only after correcting them; %1 is the corrected search
    m_didYouMean->setText(tr("Did you mean: %1?").arg(QString(m_suggestion).replace(u'&', u"&&"_s)));
    m_didYouMean->setAccessibleName(tr("Did you mean: %1?").arg(m_suggestion));
    m_didYouMean->setVisible(!m_suggestion.isEmpty());
    setAccessibleDescription(m_message->text());
    setVisible(!recall.isEmpty());
}

QString RecallBanner::message() const
{
    return m_message->text();
}

} // namespace Fb
