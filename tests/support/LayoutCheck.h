#pragma once
// Walks a laid-out window and names what a person would see as broken: text that does not
// fit its label or button (clipped or cut short), sibling widgets drawn over each other,
// widgets that stick out of their parent (and so are cut off), and forms that can only be
// read by scrolling sideways. Inside a scroll area's viewport, content may be taller than
// what shows; that is what the scroll bar is for.
#include <QStringList>

class QWidget;

namespace LayoutCheck {

// One line per problem: what is wrong and which widget (class, object name, text).
QStringList problems(QWidget* window);

// Visible labels and painted North Star trees on `window` set in less than `points` (the
// projector's floor).
QStringList textSmallerThan(QWidget* window, qreal points);

} // namespace LayoutCheck
