#pragma once
// The seven checklist points in a narrow side panel that stays in view while the room
// writes the North Star, each marked with how the chosen candidate scored on it (yes,
// partly, no, or not scored).
#include <QFrame>

class QLabel;
struct StageContext;

class ConvergeChecklistPanel : public QFrame {
    Q_OBJECT

public:
    explicit ConvergeChecklistPanel(StageContext& context, QWidget* parent = nullptr);

    void refresh();

private:
    StageContext& m_context;
    QLabel* m_subject;
    QList<QLabel*> m_marks;
};
