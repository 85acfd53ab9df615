#pragma once
// The first card of the converge step: which candidate becomes the North Star. It shows the
// decision matrix's leaders and the dot vote's leaders side by side, then every candidate
// still in play. Any of them can be chosen (and the choice changed), or the room can write
// its own version of one: a new candidate, prefilled from it and linked to it.
#include "domain/Candidate.h"

#include <QFrame>
#include <QHash>

class QAbstractButton;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QVBoxLayout;
struct StageContext;

class ConvergeChoiceCard : public QFrame {
    Q_OBJECT

public:
    explicit ConvergeChoiceCard(StageContext& context, QWidget* parent = nullptr);

    QList<qint64> matrixLeaders() const { return m_matrixLeaders; }
    QList<qint64> voteLeaders() const { return m_voteLeaders; }
    QList<qint64> shownCandidates() const { return m_shown; }
    // In the list of candidates still in play.
    QAbstractButton* chooseButton(qint64 candidateId) const { return m_choose.value(candidateId); }
    QAbstractButton* writeFromButton(qint64 candidateId) const {
        return m_writeFrom.value(candidateId);
    }
    // On the leader tiles: "matrix" or "vote".
    QAbstractButton* leaderButton(const QString& which, qint64 candidateId) const {
        return m_leaderButtons.value(which + QString::number(candidateId));
    }

    void refresh();

    void choose(qint64 candidateId);
    void writeFrom(qint64 candidateId);

private:
    QWidget* createLeaderTile(const QString& which, const QString& heading,
                              const QList<qint64>& leaders, const QHash<qint64, QString>& measures,
                              qint64 chosenId);
    QWidget* createRow(const Candidate& candidate, const QString& details, qint64 chosenId);
    QString nameOf(qint64 candidateId) const;

    StageContext& m_context;
    QHBoxLayout* m_leaders;
    QVBoxLayout* m_list;
    QList<QWidget*> m_built;
    QList<Candidate> m_all;
    QList<qint64> m_shown;
    QList<qint64> m_matrixLeaders;
    QList<qint64> m_voteLeaders;
    QHash<qint64, QAbstractButton*> m_choose;
    QHash<qint64, QAbstractButton*> m_writeFrom;
    QHash<QString, QAbstractButton*> m_leaderButtons;
};
