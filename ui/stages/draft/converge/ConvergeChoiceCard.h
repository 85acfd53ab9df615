#pragma once
// The first card of the converge step: which candidate becomes the North Star. It shows the
// decision matrix's leaders and the dot vote's leaders side by side, then every candidate
// still in play. Any of them can be chosen (and the choice changed), or the room can write
// its own version of one: a new candidate, prefilled from it and linked to it. The rows are
// rebuilt only when what they are changes (leaders, scores, the choice, the list); typing a
// name only updates their text, so a long session does not pile up widgets.
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
    // The widgets whose text follows a candidate's name.
    struct NamedWidgets {
        qint64 candidateId = 0;
        QLabel* name = nullptr;
        QLabel* about = nullptr; // a row's origin and details; none on a leader tile
        QList<QAbstractButton*> choose;
        QAbstractButton* writeFrom = nullptr;
    };

    void rebuild(const QList<Candidate>& shown, qint64 chosenId);
    void applyTexts();
    QWidget* createLeaderTile(const QString& which, const QString& heading,
                              const QList<qint64>& leaders, qint64 chosenId);
    QWidget* createRow(const Candidate& candidate, qint64 chosenId);
    QString nameOf(qint64 candidateId) const;
    QString originOf(const Candidate& candidate) const;

    StageContext& m_context;
    QHBoxLayout* m_leaders;
    QVBoxLayout* m_list;
    QList<QWidget*> m_built;
    QList<Candidate> m_all;
    QList<qint64> m_shown;
    QList<qint64> m_matrixLeaders;
    QList<qint64> m_voteLeaders;
    QHash<qint64, QString> m_points;
    QHash<qint64, QString> m_dots;
    bool m_countHidden = false; // an open vote while the laptop goes round
    QHash<qint64, QString> m_details;
    QString m_shape; // what the built widgets show, names aside
    QList<NamedWidgets> m_named;
    QHash<qint64, QAbstractButton*> m_choose;
    QHash<qint64, QAbstractButton*> m_writeFrom;
    QHash<QString, QAbstractButton*> m_leaderButtons;
};
