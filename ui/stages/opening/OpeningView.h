#pragma once
// The projector's face of block 1: the one opening question the facilitator has put up,
// large, with where the room is in the list. It follows the console through the stored
// stage focus and never shows the facilitator's notes. The safety reminder is said, not
// projected, to keep the screen to a few words.
#include <QWidget>

class QLabel;
struct StageContext;

class OpeningView : public QWidget {
    Q_OBJECT

public:
    OpeningView(const QString& stageKey, const StageContext& context, QWidget* parent = nullptr);

private:
    void refresh();

    const StageContext& m_context;
    QString m_stageKey;
    QLabel* m_counter;
    QLabel* m_question;
};
