#include "serverorganisations.h"

#include <QJsonDocument>

namespace Fb {

ServerOrganisations::ServerOrganisations(CaseStore &store)
    : m_store(store)
{
}

Result<OrganisationList> ServerOrganisations::read() const
{
    auto text = m_store.meta(QString::fromLatin1(MetaKey));
    if (!text) {
        return text.error();
    }
    if (text->isEmpty()) {
        return OrganisationList{};
    }
    auto list = OrganisationList::fromJson(QJsonDocument::fromJson(text->toUtf8()).object());
    // A value that cannot be read is as good as none: the next sync fetches the list again.
    return list ? *list : OrganisationList{};
}

Result<void> ServerOrganisations::save(const OrganisationList &list)
{
    return m_store.setMeta(QString::fromLatin1(MetaKey),
                           QString::fromUtf8(QJsonDocument(list.toJson()).toJson(QJsonDocument::Compact)));
}

} // namespace Fb
