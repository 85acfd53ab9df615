#pragma once
// The keys of the stages Lodestar knows, defined once. They are stored in every library and
// every exported file (resources/playbook/agenda.json names the same keys), so they never
// change; a stage of the agenda that is not listed here is shown with the general page.
#include <QLatin1String>

namespace StageKeys {
inline constexpr QLatin1String Opening{"opening"};
inline constexpr QLatin1String Game{"game"};
inline constexpr QLatin1String GoodBad{"goodbad"};
inline constexpr QLatin1String Structure{"structure"};
inline constexpr QLatin1String WarmUp{"warmup"};
inline constexpr QLatin1String Silent{"draft.silent"};
inline constexpr QLatin1String Pairs{"draft.pairs"};
inline constexpr QLatin1String Score{"draft.score"};
inline constexpr QLatin1String Decide{"draft.decide"};
inline constexpr QLatin1String Converge{"draft.converge"};
} // namespace StageKeys
