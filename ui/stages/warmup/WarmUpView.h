#pragma once
// The projector's face of block 5: during the share-out, the worksheet of the group the
// facilitator has put up (its game, its North Star and the inputs' names), large enough to
// read from the back row.
//
// Typing the worksheet on the console sets the texts that changed in the labels the view has;
// its widgets are built again only when what it shows changes shape (a definition or an
// input more or less, another group).
#include "stages/common/ProjectorTexts.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class FitColumn;
class QVBoxLayout;
struct StageContext;

class WarmUpView : public QWidget {
    Q_OBJECT

public:
    WarmUpView(const QString& stageKey, const StageContext& context, QWidget* parent = nullptr);

private:
    // What the view shows, as data read from the store: its shape decides the widgets, its
    // texts (in the order the widgets are built) fill their labels.
    struct Shown {
        bool group = false; // a group's worksheet, or the warm-up's title alone
        bool compact = false;
        QString heading, metric, definition, where;
        QStringList inputs;
        QStringList shape() const;
        QStringList texts() const;
    };

    Shown read() const;
    void refresh();
    void rebuild();

    const StageContext& m_context;
    QString m_stageKey;
    QVBoxLayout* m_layout;
    Shown m_shown;
    bool m_built = false;
    ProjectorTexts m_texts; // the labels of m_shown.texts(), in order
    QPointer<FitColumn> m_column;
};
