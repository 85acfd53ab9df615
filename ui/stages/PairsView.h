#pragma once
// The projector during pair and share: who works with whom, in large type. Once the silent
// brainstorm has been revealed it adds each pair's candidates and what they were built from;
// before that it shows only names of people and counts, never a card's text.
#include <QWidget>

class QVBoxLayout;
struct StageContext;

class PairsView : public QWidget {
    Q_OBJECT

public:
    explicit PairsView(const StageContext& context, QWidget* parent = nullptr);

private:
    void rebuild();

    const StageContext& m_context;
    QVBoxLayout* m_layout;
};
