#pragma once
// The console's agenda rail: every block and step with its planned and actual minutes and
// its state (done, current, skipped, upcoming), and the workshop clock beneath. Clicking a
// stage goes there; the context menu changes minutes, skips a block or adds a discussion.
#include <QWidget>

class AgendaRunner;
class WorkshopSession;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

class StageRail : public QWidget {
    Q_OBJECT

public:
    StageRail(WorkshopSession& session, QWidget* parent = nullptr);
    QTreeWidget* tree() const { return m_tree; }
    QString clockText() const;

public slots:
    void changeMinutes(const QString& stageKey);
    void addDiscussionAfter(const QString& stageKey);

private:
    void rebuild();
    void refreshTimes();
    void showMenu(const QPoint& position);
    QString keyOf(const QTreeWidgetItem* item) const;

    WorkshopSession& m_session;
    AgendaRunner& m_runner;
    QTreeWidget* m_tree;
    QLabel* m_clock;
    QLabel* m_status;
    bool m_rebuilding = false;
};
