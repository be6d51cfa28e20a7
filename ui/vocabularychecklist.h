#pragma once

#include "language.h"
#include "vocabularies.h"

#include <QListWidget>

namespace Fb {

// Picks any number of a vocabulary's values: a list of check boxes, Space toggles. Keys the
// vocabulary does not know (a newer client's) stay checked and are kept.
class VocabularyChecklist : public QListWidget
{
    Q_OBJECT

public:
    VocabularyChecklist(const Vocabulary &vocabulary, Language language, QWidget *parent = nullptr);

    QStringList keys() const;
    // Shows keys without counting it as the user's edit.
    void setKeys(const QStringList &keys);

Q_SIGNALS:
    void edited();

private:
    bool m_programmatic = false;
};

} // namespace Fb
