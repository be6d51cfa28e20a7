#include "searchesmenu.h"

#include <QInputDialog>
#include <QMessageBox>

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

void SearchesMenu::showSyntaxHelp(QWidget *parent)
{
    auto *box =
        new QMessageBox(QMessageBox::Information,
                        tr("Search syntax"),
                        tr("<h3>Searching the bank</h3>"
                           "<p>Type words; each also finds longer words that begin with it. "
                           "Å, ä and ö can be typed as a and o.</p>"
                           "<table cellspacing=\"6\">"
                           "<tr><td><code>\"ofrivillig ensamhet\"</code></td><td>the words in this order</td></tr>"
                           "<tr><td><code>-hemtjänst</code></td><td>leaves out cases with the word</td></tr>"
                           "<tr><td><code>område:äldreomsorg</code></td><td>policy area</td></tr>"
                           "<tr><td><code>målgrupp:unga</code></td><td>target group</td></tr>"
                           "<tr><td><code>län:Blekinge</code></td><td>county (name or code)</td></tr>"
                           "<tr><td><code>kommun:Gnesta</code></td><td>municipality</td></tr>"
                           "<tr><td><code>status:\"i drift\"</code></td><td>status</td></tr>"
                           "<tr><td><code>typ:arbetssätt</code></td><td>kind of case</td></tr>"
                           "<tr><td><code>evidens:2</code></td><td>evidence level</td></tr>"
                           "<tr><td><code>studiebesök:ja</code></td><td>open for study visits</td></tr>"
                           "<tr><td><code>år:2021</code></td><td>start year</td></tr>"
                           "<tr><td><code>granskning:inskickad</code></td><td>review state</td></tr>"
                           "</table>"
                           "<p>Values may be shortened while they are unique. Press Enter and the "
                           "filters move to the filter panel, where they show as chips above the list; "
                           "click a chip to remove it. Save a search under <i>Searches</i>.</p>"),
                        QMessageBox::Ok,
                        parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Fb
