#pragma once
// The projector's face of block 3: the checklist's seven points on one side and the room's
// terrible North Stars on the other, each with the point it breaks once tagged.
#include <QWidget>

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
    void rebuild();

    const StageContext& m_context;
    QVBoxLayout* m_list;
};
