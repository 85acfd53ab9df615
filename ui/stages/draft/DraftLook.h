#pragma once
// Small pieces of the console look shared by the "share and score" and "decide" pages.
#include "Theme.h"

#include <QString>

namespace DraftLook {

// Roomy list rows with a thin separator and a night highlight, for candidate and people lists.
inline QString listStyleSheet() {
    return QStringLiteral("QListWidget { background: white; border: none; }"
                          "QListWidget::item { padding: 7px 6px; border-bottom: 1px solid %1; }"
                          "QListWidget::item:selected { background: %2; color: white; "
                          "border-radius: 4px; }")
        .arg(Theme::color(Theme::Role::Mist).name(), Theme::color(Theme::Role::Night).name());
}

} // namespace DraftLook
