#pragma once
// The projector's face of block 5: during the share-out, the worksheet of the group the
// facilitator has put up (its game, its North Star and the inputs' names), large enough to
// read from the back row.
#include <QWidget>

class QVBoxLayout;
struct StageContext;

class WarmUpView : public QWidget {
    Q_OBJECT

public:
    WarmUpView(const QString& stageKey, const StageContext& context, QWidget* parent = nullptr);

private:
    void rebuild();

    const StageContext& m_context;
    QString m_stageKey;
    QVBoxLayout* m_layout;
};
