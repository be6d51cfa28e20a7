#include "savedsearches.h"

using namespace Qt::StringLiterals;

namespace Fb {

SavedSearches::SavedSearches(QSettings &settings)
    : m_settings(settings)
{
}

QStringList SavedSearches::encode(const FacetFilter &filter)
{
    QStringList result;
    for (int f = 0; f < FacetCount; ++f) {
        for (const QString &v : filter.selected[size_t(f)]) {
            result.append(QString::number(f) + u':' + v);
        }
    }
    result.sort();
    return result;
}

FacetFilter SavedSearches::decode(const QStringList &encoded)
{
    FacetFilter filter;
    for (const QString &e : encoded) {
        const qsizetype colon = e.indexOf(u':');
        bool ok = false;
        const int f = e.left(colon).toInt(&ok);
        if (colon > 0 && ok && f >= 0 && f < FacetCount) {
            filter.selected[size_t(f)].insert(e.mid(colon + 1));
        }
    }
    return filter;
}

QList<SavedSearches::Entry> SavedSearches::read(const QString &key) const
{
    QList<Entry> entries;
    const int n = m_settings.beginReadArray(key);
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        entries.append(Entry{m_settings.value("name"_L1).toString(),
                             m_settings.value("text"_L1).toString(),
                             decode(m_settings.value("filter"_L1).toStringList())});
    }
    m_settings.endArray();
    return entries;
}

void SavedSearches::write(const QString &key, const QList<Entry> &entries)
{
    m_settings.beginWriteArray(key, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue("name"_L1, entries.at(i).name);
        m_settings.setValue("text"_L1, entries.at(i).text);
        m_settings.setValue("filter"_L1, encode(entries.at(i).filter));
    }
    m_settings.endArray();
}

QList<SavedSearches::Entry> SavedSearches::saved() const
{
    return read(u"search/saved"_s);
}

void SavedSearches::save(const Entry &entry)
{
    QList<Entry> entries = saved();
    entries.removeIf([&](const Entry &e) {
        return e.name == entry.name;
    });
    entries.append(entry);
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    write(u"search/saved"_s, entries);
}

void SavedSearches::remove(const QString &name)
{
    QList<Entry> entries = saved();
    entries.removeIf([&](const Entry &e) {
        return e.name == name;
    });
    write(u"search/saved"_s, entries);
}

QList<SavedSearches::Entry> SavedSearches::recent() const
{
    return read(u"search/recent"_s);
}

void SavedSearches::addRecent(const Entry &entry)
{
    if (entry.text.trimmed().isEmpty() && entry.filter.isEmpty()) {
        return;
    }
    Entry e = entry;
    e.name.clear();
    e.text = e.text.trimmed();
    QList<Entry> entries = recent();
    entries.removeAll(e);
    entries.prepend(e);
    write(u"search/recent"_s, entries.mid(0, MaxRecent));
}

} // namespace Fb
