#pragma once
// The colours the North Star tree is painted with, by role, so the same painter serves the
// light console, the dark projector and white PDF pages. Presets follow the design palette.
#include <QColor>

struct TreeColors {
    QColor background;
    QColor ink;        // names and main text
    QColor muted;      // definitions, owners, pattern labels
    QColor accent;     // the star, the metric's border, the game chip
    QColor onAccent;   // text on the accent
    QColor boxFill;    // inputs
    QColor metricFill; // the North Star Metric box
    QColor line;       // arrows and box borders

    static TreeColors console();   // paper canvas, ink text
    static TreeColors projector(); // night background, paper text
    // Paper background, ink text, for the projector's light look in bright rooms.
    static TreeColors projectorLight();
    static TreeColors print(); // white page
};
