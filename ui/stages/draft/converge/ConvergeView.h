#pragma once
// The projector's face of the converge step: the North Star tree the console is writing,
// updated as it is typed: the metric's name and definition, the game, the inputs with their
// patterns, and the guardrail; in a revisit, a line above it says whether the team kept its
// North Star or changed it. Draft cards are private until the silent brainstorm's
// Reveal, so before it the view only says where the North Star will appear.
#include <QWidget>

class NorthStarTreeView;
class QLabel;
class QStackedLayout;
struct StageContext;

class ConvergeView : public QWidget {
    Q_OBJECT

public:
    explicit ConvergeView(const StageContext& context, QWidget* parent = nullptr);

    NorthStarTreeView* tree() const { return m_tree; }
    bool isTreeShown() const;

private:
    void refresh();

    const StageContext& m_context;
    QStackedLayout* m_layers;
    QWidget* m_waiting;
    QLabel* m_message;
    QWidget* m_chosen; // the outcome line over the tree
    QLabel* m_outcome; // hidden outside a revisit
    NorthStarTreeView* m_tree;
};
