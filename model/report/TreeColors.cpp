#include "TreeColors.h"

// Hex values mirror the palette roles in ui/Theme (night, star, paper, ink, mist); the model
// cannot use the widget theme, and the PDF needs the same colours.
TreeColors TreeColors::console() {
    return {QColor(0xF7, 0xF6, 0xF2), QColor(0x1C, 0x1C, 0x1C), QColor(0x4A, 0x4F, 0x5A),
            QColor(0xF2, 0xB1, 0x34), QColor(0x1C, 0x1C, 0x1C), QColor(0xFF, 0xFF, 0xFF),
            QColor(0xFF, 0xFF, 0xFF), QColor(0x8A, 0x90, 0x9C)};
}

TreeColors TreeColors::projector() {
    return {QColor(0x14, 0x21, 0x3D), QColor(0xF7, 0xF6, 0xF2), QColor(0xC5, 0xCB, 0xD8),
            QColor(0xF2, 0xB1, 0x34), QColor(0x14, 0x21, 0x3D), QColor(0x1D, 0x2D, 0x50),
            QColor(0x23, 0x36, 0x5E), QColor(0x7D, 0x8B, 0xA8)};
}

TreeColors TreeColors::projectorLight() {
    // Like the console, with firmer lines and a warm metric box to read from across a room;
    // the muted text still passes the projector's 7:1 rule on every fill.
    TreeColors colors = console();
    colors.metricFill = QColor(0xFF, 0xF8, 0xE8);
    colors.line = QColor(0x6B, 0x72, 0x80);
    return colors;
}

TreeColors TreeColors::print() {
    TreeColors colors = console();
    colors.background = Qt::white;
    colors.metricFill = QColor(0xFF, 0xF8, 0xE8);
    return colors;
}
