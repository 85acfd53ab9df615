#pragma once
// The projector's face of "share and score": the one candidate the facilitator has put up,
// large — its name, the template sentence, the definition, the inputs, its checklist result
// and any metric hints. Person by person, the checklist shows only how many have answered
// until the facilitator shows the totals. Before the silent brainstorm's Reveal it shows no
// candidate text at all, only that the cards are still private.
//
// An edit of the candidate on show (typed on the console) or of its checklist sets the texts
// that changed in the labels the view has; the widgets are built again only when what it
// shows changes shape (another candidate's details, a hint more, the totals shown).
#include "domain/Candidate.h"
#include "stages/common/ProjectorTexts.h"

#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <optional>

class FitColumn;
class QVBoxLayout;
struct StageContext;

class ScoreView : public QWidget {
    Q_OBJECT

public:
    ScoreView(const StageContext& context, QWidget* parent = nullptr);

private:
    // What the view shows, as data read from the store: its shape decides the widgets, its
    // texts (in the order the widgets are built) fill their labels.
    struct Shown {
        enum class Mode { Withheld, Empty, Candidate };
        Mode mode = Mode::Empty;
        bool compact = false;
        bool out = false; // set aside: the name struck through
        QString counter, name, setAside, sentence, definition, inputs;
        QStringList hints;
        bool answeredOnly = false; // person by person, before the totals are shown
        QStringList results;       // one line a point of the checklist
        QString total, answered;
        QStringList shape() const;
        QStringList texts() const;
    };

    Shown read() const;
    // The shortlist and the number of people, read again only after a change other than the
    // room's answers and dots (sixty phones answer in every pass of the event loop).
    const QList<Candidate>& shortlist() const;
    void refresh();
    void refreshSoon();
    void rebuild();
    void clear();
    QWidget* createChecklist();
    void addAnsweredCount(QVBoxLayout* body);
    QLabel* keep(QLabel* label) { return m_texts.keep(label); }

    const StageContext& m_context;
    QTimer m_refreshSoon;
    QVBoxLayout* m_layout;
    Shown m_shown;
    ProjectorTexts m_texts; // the labels of m_shown.texts(), in order
    QPointer<FitColumn> m_column;
    bool m_built = false;
    mutable std::optional<QList<Candidate>> m_candidates;
    mutable std::optional<int> m_people;
};
