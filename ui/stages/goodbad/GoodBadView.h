#pragma once
// The projector's face of block 3: the checklist's seven points on one side and the room's
// terrible North Stars on the other, each with the point it breaks once tagged.
//
// Typing a terrible North Star on the console sets its line in the label the view has; the
// list is built again only when a line comes or goes.
#include "stages/common/ProjectorTexts.h"

#include <QPointer>
#include <QWidget>

class FitColumn;
class QVBoxLayout;
struct StageContext;

class GoodBadView : public QWidget {
    Q_OBJECT

public:
    GoodBadView(const StageContext& context, QWidget* parent = nullptr);

    // The most anti-examples shown at once; the newest win.
    static constexpr int MaximumShown = 6;
    static constexpr int CompactMaximumShown = 3;

private:
    // The lines shown, oldest first (empty: none yet).
    QStringList lines() const;
    void refresh();
    void rebuild();

    const StageContext& m_context;
    QVBoxLayout* m_list;
    QStringList m_lines; // what the labels show, as lines() said
    bool m_compact = false;
    bool m_built = false;
    ProjectorTexts m_texts; // the labels of m_lines, in order
    QPointer<FitColumn> m_column;
};
