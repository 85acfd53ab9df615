#pragma once
// One pair (or the trio) in pair-and-share: its members' silent-brainstorm cards, read-only
// with their author and what became of each, and the pair's own candidates, which it makes
// by refining one card, merging several ticked cards, or writing a new one. A card without
// a group (id 0) holds pair candidates whose pair was drawn away; their text is kept.
#include "domain/Candidate.h"
#include "domain/PairGroup.h"

#include <QFrame>
#include <QHash>
#include <QSet>

class DraftCardEditor;
class QAbstractButton;
class QCheckBox;
class QLabel;
class QVBoxLayout;
struct StageContext;

class PairGroupCard : public QFrame {
    Q_OBJECT

public:
    PairGroupCard(const PairGroupRecord& group, int number, StageContext& context,
                  QWidget* parent = nullptr);

    qint64 groupId() const { return m_group.id; }
    QList<qint64> sourceIds() const { return m_sourceIds; }
    QList<qint64> candidateIds() const { return m_candidateIds; }
    QCheckBox* tickBox(qint64 sourceId) const { return m_sources.value(sourceId).tick; }
    QAbstractButton* refineButton(qint64 sourceId) const {
        return m_sources.value(sourceId).refine;
    }
    QLabel* sourceStatus(qint64 sourceId) const { return m_sources.value(sourceId).status; }
    QAbstractButton* mergeButton() const { return m_merge; }
    QAbstractButton* writeNewButton() const { return m_writeNew; }
    DraftCardEditor* editor(qint64 candidateId) const { return m_editors.value(candidateId); }
    QLabel* warning() const { return m_warning; }

    // Takes in the stored cards: everything of the workshop, and the people's names.
    void refresh(const QList<Candidate>& all, const QHash<qint64, QString>& names);

public slots:
    void refine(qint64 sourceId);
    void mergeTicked();
    void writeNew();

private:
    struct SourceRow {
        QWidget* widget = nullptr;
        QCheckBox* tick = nullptr;
        QAbstractButton* refine = nullptr;
        QLabel* status = nullptr;
    };

    QWidget* createSourceRow(const Candidate& card, const QHash<qint64, QString>& names);
    void addPairCandidate(Candidate candidate, const QStringList& inputs, const QString& text);
    void refreshMergeButton();

    StageContext& m_context;
    PairGroupRecord m_group;
    QString m_title;
    QLabel* m_heading;
    QVBoxLayout* m_sourceList;
    QVBoxLayout* m_candidateList;
    QAbstractButton* m_merge;
    QAbstractButton* m_writeNew;
    QLabel* m_warning;
    QLabel* m_noSources;
    QList<qint64> m_sourceIds;
    QList<qint64> m_candidateIds;
    QHash<qint64, SourceRow> m_sources;
    QHash<qint64, DraftCardEditor*> m_editors;
    QSet<qint64> m_ticked;
    QList<Candidate> m_all;
};
