#pragma once

#include "searchtypes.h"

#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace Fb {

// The user's named searches and the most recent ones (text and facet filter), kept in the app's
// settings so they survive restarts and need no replica.
class SavedSearches
{
public:
    struct Entry
    {
        QString name; // empty for a recent search
        QString text;
        FacetFilter filter;

        bool operator==(const Entry &) const = default;
    };

    static constexpr int MaxRecent = 10;

    explicit SavedSearches(QSettings &settings);

    QList<Entry> saved() const;
    // Replaces a saved search of the same name.
    void save(const Entry &entry);
    void remove(const QString &name);

    // Newest first, without repeats.
    QList<Entry> recent() const;
    void addRecent(const Entry &entry);

    // A filter as settings text and back ("facet:value", sorted).
    static QStringList encode(const FacetFilter &filter);
    static FacetFilter decode(const QStringList &encoded);

private:
    QList<Entry> read(const QString &key) const;
    void write(const QString &key, const QList<Entry> &entries);

    QSettings &m_settings;
};

} // namespace Fb
