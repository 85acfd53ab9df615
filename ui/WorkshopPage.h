#pragma once
// An open workshop: its header (title, product, people) and its agenda. The agenda runner
// and the stage pages build on this page.
#include <QWidget>

class QLabel;
class QVBoxLayout;
class WorkshopStore;

class WorkshopPage : public QWidget {
    Q_OBJECT

public:
    explicit WorkshopPage(WorkshopStore& store, QWidget* parent = nullptr);

    void showWorkshop(qint64 workshopId);
    qint64 workshopId() const { return m_workshopId; }

private:
    void refresh();
    void rebuildAgenda(int agendaMinutes, const QString& currentStage);

    WorkshopStore& m_store;
    qint64 m_workshopId = 0;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_people;
    QLabel* m_outcome; // the chosen North Star and the game, once decided
    QLabel* m_agendaSummary;
    QWidget* m_agenda;
    QVBoxLayout* m_agendaLayout;
};
