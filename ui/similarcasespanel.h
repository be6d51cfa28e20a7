#pragma once

#include "similarcases.h"
#include "vocabularies.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace Fb {

// "Liknande exempel": cases like the one shown (or near the user's municipality), each with why.
class SimilarCasesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SimilarCasesPanel(const Vocabularies &vocabularies,
                               Language language = Language::Swedish,
                               QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setCases(const QList<SimilarCase> &cases);

    const QList<SimilarCase> &cases() const { return m_cases; }

    // The reasons line shown under a case's title.
    QString reasons(const SimilarCase &c) const;

Q_SIGNALS:
    void caseActivated(const QString &id);

private:
    const Vocabularies &m_vocabularies;
    Language m_language;
    QList<SimilarCase> m_cases;
    QLabel *m_title;
    QListWidget *m_list;
    QLabel *m_empty;
};

} // namespace Fb
