#pragma once

#include "savedsearches.h"

#include <QMenu>

#include <functional>

namespace Fb {

// The Searches menu: save the current search under a name, explain its ranking, run a saved or a
// recent one, forget a saved one. Built afresh each time it opens, from the settings.
class SearchesMenu : public QMenu
{
    Q_OBJECT

public:
    // current gives the search on screen when the user saves it.
    SearchesMenu(SavedSearches &searches, std::function<SavedSearches::Entry()> current, QWidget *parent = nullptr);

    // Saves the current search under name (what the dialog does).
    void saveCurrent(const QString &name);

Q_SIGNALS:
    void chosen(const Fb::SavedSearches::Entry &entry);
    // The user asked why the current search ranks its hits as it does (RankingDialog).
    void explainRequested();

private:
    void rebuild();
    QString describe(const SavedSearches::Entry &entry) const;

    SavedSearches &m_searches;
    std::function<SavedSearches::Entry()> m_current;
};

} // namespace Fb
