#pragma once

#include "caserecord.h"
#include "referencedata.h"
#include "vocabularies.h"

#include <QtGlobal>

namespace Fb {

class CorpusText;

// A deterministic stream of synthetic but realistic cases (Swedish titles, summaries and nine
// Markdown sections about real municipalities), for benchmarks, tests and demo banks.
//
// The sequence depends only on the seed: the same seed gives the same cases, byte for byte, on
// every machine. Randomness comes from a hand-written splitmix64 (no std distributions, no
// clock, no hash order). Every case passes CaseValidator, and its canonical JSON is between
// 3,000 and 6,000 bytes (about 4.4 KB on average).
//
// The Swedish text comes from data (resources/corpus/corpus-text.json, see CorpusText), loaded
// and checked once per process. Should that fail, which only a broken build can cause, the error
// is logged once and next() returns empty cases, which CaseValidator rejects, instead of crashing.
//
// Thread affinity: none, but one generator is not safe to share between threads; use one per
// thread. Ownership: keeps references to vocabularies and referenceData, which must outlive it.
class CorpusGenerator
{
public:
    CorpusGenerator(const Vocabularies &vocabularies, const ReferenceData &referenceData, quint64 seed);

    // The next case.
    CaseRecord next();

private:
    const Vocabularies &m_vocabularies;
    const ReferenceData &m_referenceData;
    const CorpusText *m_text; // shared by all generators; null when the text banks failed to load
    quint64 m_state; // splitmix64 state
};

} // namespace Fb
