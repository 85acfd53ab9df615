#pragma once
// The projector during pair and share: who works with whom, in large type, with how many
// cards each pair has to work from. Once the silent brainstorm has been revealed and pairs
// have written candidates, it shows a few pairs at a time (the console pages through them)
// with their candidates and what each was built from. Before the reveal: names of people
// and counts only, never a card's text.
//
// A pair types its candidate on the console one keystroke at a time: each keystroke reads
// that candidate alone (the view keeps what it read of the rest), sets the texts that changed
// in the labels the view has, and builds its widgets again only when what it shows changes
// shape (a pair, a candidate or a page more or less).
#include "domain/Candidate.h"
#include "domain/PairGroup.h"
#include "stages/common/ProjectorTexts.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QFrame;
class QVBoxLayout;
struct StageContext;
struct WorkshopChanges;

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

    // What the view keeps of the store between changes.
    struct Data {
        QList<PairGroupRecord> groups;
        QHash<qint64, QString> names;
        QList<Candidate> candidates; // the workshop's, by position
        bool revealed = false;       // the silent brainstorm's cards
        int focus = 0;               // the page the console shows
    };

    // Reads what `changes` names (null: everything) into m_data.
    void load(const WorkshopChanges* changes);
    Shown read() const; // from m_data
    void refresh(const WorkshopChanges* changes);
    void rebuild();
    QFrame* groupCard(const Shown::Group& group, QVBoxLayout** body);
    void showNames();
    void showCandidates();
    QLabel* keep(QLabel* label) { return m_texts.keep(label); }

    const StageContext& m_context;
    QVBoxLayout* m_layout;
    Data m_data;
    Shown m_shown;
    ProjectorTexts m_texts; // the labels of m_shown.texts(), in order
    bool m_built = false;
};
