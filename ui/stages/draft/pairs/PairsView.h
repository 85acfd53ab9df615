#pragma once
// The projector during pair and share: who works with whom, in large type, with how many
// cards each pair has to work from. Once the silent brainstorm has been revealed and pairs
// have written candidates, it shows a few pairs at a time (the console pages through them)
// with their candidates and what each was built from. Before the reveal: names of people
// and counts only, never a card's text.
#include "domain/Candidate.h"
#include "domain/PairGroup.h"

#include <QHash>
#include <QWidget>

class QFrame;
class QVBoxLayout;
struct StageContext;

class PairsView : public QWidget {
    Q_OBJECT

public:
    explicit PairsView(const StageContext& context, QWidget* parent = nullptr);

private:
    void rebuild();
    void showNames(const QList<PairGroupRecord>& groups);
    void showCandidates(const QList<PairGroupRecord>& groups);
    QFrame* groupCard(const PairGroupRecord& group, QVBoxLayout** body);

    const StageContext& m_context;
    QVBoxLayout* m_layout;
    QList<Candidate> m_all;
    QHash<qint64, QString> m_names;
};
