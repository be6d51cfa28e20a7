#pragma once

#include "searchrecall.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Fb {

// Above the result list when the words of a search together found few cases: what the list shows
// instead (most of the words, words left out or corrected: SearchRecall::notes) and, for a
// correction, "Did you mean …", which puts the corrected words in the search field. Hidden when
// every word was found as typed.
class RecallBanner : public QFrame
{
    Q_OBJECT

public:
    explicit RecallBanner(QWidget *parent = nullptr);

    // recall of the search of text (as typed).
    void setRecall(const SearchRecall &recall, const QString &text);

    QString message() const;

    QString suggestion() const { return m_suggestion; }

Q_SIGNALS:
    // The user chose the corrected text.
    void suggestionChosen(const QString &text);

private:
    QLabel *m_message;
    QPushButton *m_didYouMean;
    QString m_suggestion;
};

} // namespace Fb
