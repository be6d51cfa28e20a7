#include "searchesmenu.h"

#include <QInputDialog>

using namespace Qt::StringLiterals;

namespace Fb {

SearchesMenu::SearchesMenu(SavedSearches &searches, std::function<SavedSearches::Entry()> current, QWidget *parent)
    : QMenu(tr("Sea&rches"), parent)
    , m_searches(searches)
    , m_current(std::move(current))
{
    connect(this, &QMenu::aboutToShow, this, &SearchesMenu::rebuild);
    rebuild();
}

QString SearchesMenu::describe(const SavedSearches::Entry &entry) const
{
    int filters = 0;
    for (const auto &values : entry.filter.selected) {
        filters += int(values.size());
    }
    const QString text = entry.text.isEmpty() ? tr("(no text)") : entry.text;
    //: A recent search: its text and how many filters it had
    return filters == 0 ? text : tr("%1 + %n filter(s)", nullptr, filters).arg(text);
}

void SearchesMenu::saveCurrent(const QString &name)
{
    if (name.trimmed().isEmpty()) {
        return;
    }
    SavedSearches::Entry entry = m_current();
    entry.name = name.trimmed();
    m_searches.save(entry);
}

void SearchesMenu::rebuild()
{
    clear();
    addAction(tr("&Save this search…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, [this] {
        auto *dialog = new QInputDialog(parentWidget());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Save this search"));
        dialog->setLabelText(tr("&Name:"));
        connect(dialog, &QInputDialog::textValueSelected, this, &SearchesMenu::saveCurrent);
        dialog->open();
    });
    addAction(tr("&Explain the ranking…"), this, &SearchesMenu::explainRequested);
    const QList<SavedSearches::Entry> saved = m_searches.saved();
    if (!saved.isEmpty()) {
        addSection(tr("Saved"));
        for (const SavedSearches::Entry &e : saved) {
            QAction *a = addAction(e.name, this, [this, e] {
                Q_EMIT chosen(e);
            });
            a->setToolTip(describe(e));
        }
        QMenu *forget = addMenu(tr("&Forget a saved search"));
        for (const SavedSearches::Entry &e : saved) {
            forget->addAction(e.name, this, [this, name = e.name] {
                m_searches.remove(name);
            });
        }
    }
    const QList<SavedSearches::Entry> recent = m_searches.recent();
    if (!recent.isEmpty()) {
        addSection(tr("Recent"));
        for (const SavedSearches::Entry &e : recent) {
            addAction(describe(e), this, [this, e] {
                Q_EMIT chosen(e);
            });
        }
    }
}

} // namespace Fb
