#pragma once
// The setting of the block-six walk-through: a library file in a temporary folder with one
// workshop, the real main window opened on it from the library, the projector, and the
// facilitator's hands. It remembers the store at each finished step (with the undo index
// then), walks the whole undo history back or forth checking each step on the way, and
// checks a reopened console against the end of the run.
#include "Facilitator.h"
#include "TestLibrary.h"
#include "agenda/Clock.h"
#include "exchange/WorkshopDocument.h"

#include <memory>

class AgendaRunner;
class AudienceWindow;
class MainWindow;
class QAction;
class QListWidget;
class QUndoStack;
class WorkshopPage;

class BlockSixRun {
public:
    enum class Direction { Undo, Redo };

    BlockSixRun();
    ~BlockSixRun();

    ManualClock clock;
    std::unique_ptr<TestLibrary> library;
    std::unique_ptr<MainWindow> window;
    Facilitator hands;
    qint64 id = 0;

    // A workshop for `people`, opened from the library in a new window.
    bool start(const QStringList& people);
    // Closes the window and the library file, opens both again and the workshop from the list.
    bool restart();
    void stop();
    // Ctrl+PgDn or Ctrl+PgUp, and whether it lands on `key`.
    bool nextStage(const QString& key);
    bool previousStage(const QString& key);

    // Remembers the store as it is now, at the undo stack's index now.
    void mark(const QString& step);
    // Edit ▸ Undo (or Redo) until it is greyed out, checking the store at every mark passed.
    bool walkTheHistory(Direction direction);
    bool storeMatchesTheEnd() const;
    bool projectorShowsTheNorthStar(const QString& name) const;
    // What the reopened pages show, from converge back to the silent brainstorm.
    bool pagesShowTheEnd(const QString& name, const QString& definition);

    WorkshopPage* page() const;
    AgendaRunner* runner() const;
    WorkshopStore& store() const { return library->store(); }
    QUndoStack& undoStack() const;
    AudienceWindow* projector() const;
    QString shown() const; // every text on the projector
    QList<Candidate> ownCards() const;
    qint64 candidateNamed(const QString& name) const;
    qint64 person(const QString& name) const;
    static QStringList listTexts(QListWidget* list);

private:
    struct Mark {
        QString step;
        int index = 0;
        WorkshopDocument state;
    };

    bool openWindow();
    QAction* historyAction(Direction direction) const;
    bool matches(const Mark& mark, const QString& when) const;

    QList<Mark> m_marks;
};
