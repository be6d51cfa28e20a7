#pragma once

namespace Fb {

// The languages the bank's labels come in. Swedish first: it is the bank's language.
enum class Language {
    Swedish,
    English,
};

} // namespace Fb
