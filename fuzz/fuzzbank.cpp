#include "fuzzbank.h"

namespace Fb::Fuzz {

namespace {
// Never deleted: the process ends with it, after Qt's own global objects are gone.
Bank *theBank = nullptr;
} // namespace

Bank &bank()
{
    return *theBank;
}

} // namespace Fb::Fuzz

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fb::Fuzz::theBank = new Fb::Fuzz::Bank(argc, argv);
    return 0;
}
