#pragma once
// What a widget tree shows or announces, as text: labels, buttons, editors, combo boxes,
// window titles, accessible names and descriptions, tooltips. The privacy tests use it to
// prove the projector never shows what the console keeps private.
#include <QStringList>

class QWidget;

QStringList visibleTexts(QWidget* root);
