#pragma once
// The projector during pair and share: who works with whom, in large type, with how many
// cards each pair has to work from. Once the silent brainstorm has been revealed and pairs
// have written candidates, it shows a few pairs at a time (the console pages through them)
// with their candidates and what each was built from. Before the reveal: names of people
// and counts only, never a card's text.
//
// A pair types its candidate on the console one keystroke at a time: each keystroke sets the
// texts that changed in the labels the view has; it builds its widgets again only when what
// it shows changes shape (a pair, a candidate or a page more or less).
#include "stages/common/ProjectorTexts.h"

#include <QStringList>
#include <QWidget>

class QFrame;
class QVBoxLayout;
struct StageContext;

class PairsView : public QWidget {
    Q_OBJECT

public:
    explicit PairsView(const StageContext& context, QWidget* parent = nullptr);

private:
    // What the view shows, as data read from the store: its shape decides the widgets, its
    // texts (in the order the widgets are built) fill their labels.
    struct Shown {
        enum class Mode { Waiting, Names, Candidates };
        struct Card {
            QString title;
            QString origin;
        };
        struct Group {
            QStringList names;
            QString line; // names: the count; candidates: "Still writing" or empty
            QList<Card> cards;
            QString more; // "+ 2 more", or empty
        };
        Mode mode = Mode::Waiting;
        bool compact = false;
        int columns = 0; // names: the grid's columns; candidates: the pairs a page
        QList<Group> groups;
        QString where; // "Page 1 of 3", or empty
        QString note;  // the draw's note (who is in the trio), or empty
        QStringList shape() const;
        QStringList texts() const;
    };

    Shown read() const;
    void refresh();
    void rebuild();
    QFrame* groupCard(const Shown::Group& group, QVBoxLayout** body);
    void showNames();
    void showCandidates();
    QLabel* keep(QLabel* label) { return m_texts.keep(label); }

    const StageContext& m_context;
    QVBoxLayout* m_layout;
    Shown m_shown;
    ProjectorTexts m_texts; // the labels of m_shown.texts(), in order
    bool m_built = false;
};
