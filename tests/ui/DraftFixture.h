#pragma once
// A real console window on a temporary library, opened on one workshop, for the draft-card
// tests: helpers to reach a stage's page, the projector and the undo stack, and to write
// silent-brainstorm cards straight into the store.
#include "AudienceWindow.h"
#include "MainWindow.h"
#include "TestLibrary.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "agenda/Clock.h"
#include "stages/common/StageContext.h"

#include <QApplication>
#include <QTest>
#include <QUndoStack>

#include <memory>

class DraftFixture {
public:
    ManualClock clock;
    std::unique_ptr<TestLibrary> library;
    std::unique_ptr<MainWindow> window;
    qint64 id = 0;

    void start(int people) {
        library = std::make_unique<TestLibrary>();
        id = library->addWorkshop(QStringLiteral("Draft test"), people);
        open();
    }
    bool open() {
        window.reset();
        window = std::make_unique<MainWindow>(library->store(), clock);
        window->resize(1500, 950);
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            return false;
        window->openWorkshop(id);
        return runner() != nullptr;
    }
    // Closes the window and the library file, then opens both again, as a restart would.
    bool restart() {
        window.reset();
        return library->reopen() && open();
    }
    void stop() {
        window.reset();
        library.reset();
    }
    template <typename Page> Page* goTo(const QString& key) {
        runner()->goTo(key);
        return qobject_cast<Page*>(page()->stagePage());
    }
    AudienceWindow* projector() {
        if (!window->audienceWindow())
            window->present();
        return window->audienceWindow();
    }
    WorkshopPage* page() const { return window->workshopPage(); }
    AgendaRunner* runner() const { return page()->runner(); }
    WorkshopStore& store() const { return library->store(); }
    QUndoStack& undoStack() const { return page()->context()->undoStack; }
    QList<Participant> people() const { return store().participants(id); }

    qint64 addCard(qint64 author, const QString& name, const QString& behaviour = {},
                   const QString& measure = {}) {
        Candidate c;
        c.workshopId = id;
        c.kind = CandidateKind::Own;
        c.authorId = author;
        c.name = name;
        c.behaviour = behaviour;
        c.measure = measure;
        return store().addCandidate(c).value_or(0);
    }
};
