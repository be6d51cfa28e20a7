#include "samplebank.h"

#include "resources.h"

using namespace Qt::StringLiterals;

namespace Fb {

Result<QList<CaseRecord>> SampleBank::load()
{
    auto bytes = readResource(u":/fb/sample-bank.jsonl"_s);
    if (!bytes) {
        return bytes.error();
    }
    QList<CaseRecord> cases;
    int line = 0;
    for (const QByteArray &raw : bytes->split('\n')) {
        const QByteArray text = raw.trimmed();
        ++line;
        if (text.isEmpty()) {
            continue;
        }
        auto record = CaseRecord::fromJson(text);
        if (!record) {
            Error e = record.error();
            e.path = u"sample-bank.jsonl:%1 %2"_s.arg(line).arg(e.path);
            return e;
        }
        cases.append(std::move(record).value());
    }
    return cases;
}

Result<bool> SampleBank::installIfNew(CaseStore &store)
{
    auto source = store.meta(QString::fromLatin1(CaseStore::MetaBankSource));
    if (!source) {
        return source.error();
    }
    if (!source->isEmpty()) {
        return false; // a server's bank, or the sample already: no need to count 50,000 cases
    }
    auto count = store.count();
    if (!count) {
        return count.error();
    }
    if (*count > 0) {
        return false;
    }
    auto cases = load();
    if (!cases) {
        return cases.error();
    }
    auto written = store.transaction([&]() -> Result<void> {
        if (auto r = store.putMany(*cases); !r) {
            return r;
        }
        return store.setMeta(QString::fromLatin1(CaseStore::MetaBankSource),
                             QString::fromLatin1(CaseStore::BankSourceSample));
    });
    if (!written) {
        return written.error();
    }
    return true;
}

} // namespace Fb
