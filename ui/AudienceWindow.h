#pragma once
// The projector: what the room sees, three to eight metres away. Huge type, few words,
// high contrast, and nothing private — it shows the stage title, the prompt for the room,
// the timer and the stage's public content, and reads all of it from the same runner the
// console drives. It owns no data: it binds to the open workshop's session and, should it
// outlive the session, lets go of it and shows nothing but its own chrome. What it lays over
// the stage is the session's too: B blanks it, C shows the North Star checklist over
// anything, E the example North Stars (the cheat sheet), J how to join the room from a phone
// (while the room is open), each through the session; Esc ends presenting.
#include <QPointer>
#include <QWidget>

#include "room/JoinCard.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"

#include <optional>

class AgendaRunner;
class CountdownDisplay;
class ElidedLabel;
class QLabel;
class QStackedLayout;
class QVBoxLayout;

class AudienceWindow : public QWidget {
    Q_OBJECT

public:
    enum class Look { Dark, Light };

    AudienceWindow(WorkshopSession& session, QWidget* parent = nullptr);
    ~AudienceWindow() override;

    // The session it shows; null once the session has closed.
    WorkshopSession* session() const;

    void setLook(Look look);
    Look look() const { return m_look; }
    // What it lays over the stage is the session's (WorkshopSession::projector()): these read
    // it, and the setters below change it there. The window follows the session's
    // projectorChanged(), whoever changed it.
    bool isBlank() const { return shown().blank; }
    bool isChecklistShown() const { return shown().checklist; }
    bool isExamplesShown() const { return shown().examples; }
    bool isJoinShown() const; // the session says so and there is a room to join
    // How to join the open room (empty: the room is closed, and the join card cannot show).
    void setInvitation(const JoinInvitation& invitation);
    JoinCard* joinCard() const { return m_joinLayer; }
    // The criteria to show over everything when C is pressed: (title, meaning) pairs.
    void setChecklist(const QList<std::pair<QString, QString>>& criteria);
    // Puts the window on the second screen, full screen, or as a movable window.
    void present();

public slots:
    void setBlank(bool blank);
    void setChecklistShown(bool shown);
    void toggleBlank() { setBlank(!isBlank()); }
    void toggleChecklist() { setChecklistShown(!isChecklistShown()); }
    void setExamplesShown(bool shown);
    void toggleExamples() { setExamplesShown(!isExamplesShown()); }
    void setJoinShown(bool shown); // only while there is an invitation
    void toggleJoin() { setJoinShown(!isJoinShown()); }

signals:
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyLook();
    void fitChrome();        // margins, title and timer for the window's height
    bool tightTitle() const; // the title row hugs the timer's figures (a small screen's matrix)
    void showStage();
    void refreshTimer();
    void refreshProgress();
    QWidget* createExamplesLayer();
    void showLayer(); // the blank screen, an overlay or the stage, as the session says
    // The session's state (nothing over the stage once the session has closed).
    WorkshopSession::Projector shown() const;
    void release(); // the session is closing: drop the stage view and every reference

    QPointer<WorkshopSession> m_session;
    std::optional<StageContext> m_context;
    const AgendaRunner* m_runner = nullptr;
    Look m_look = Look::Dark;
    QStackedLayout* m_layers;
    QVBoxLayout* m_stageLayout = nullptr;
    QWidget* m_stageLayer;
    QWidget* m_blankLayer;
    QWidget* m_checklistLayer;
    QWidget* m_examplesLayer = nullptr;
    JoinCard* m_joinLayer;
    QLabel* m_title;
    QLabel* m_prompt;
    CountdownDisplay* m_timer;
    QWidget* m_content = nullptr;
    QWidget* m_contentSlot;
    QLabel* m_progress;
    ElidedLabel* m_workshopTitle;
    QLabel* m_checklist;
};
