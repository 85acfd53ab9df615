#pragma once
// A console card that shows one candidate as the room sees it on the projector: the name,
// the template sentence, the definition, the inputs, and the metric lint hints beside it.
// Eliminated candidates are struck through with the reason underneath.
#include <QFrame>

class QLabel;
class QVBoxLayout;
struct Candidate;
struct Input;

class CandidateBrief : public QFrame {
    Q_OBJECT

public:
    explicit CandidateBrief(QWidget* parent = nullptr);

    void showCandidate(const Candidate& candidate, const QList<Input>& inputs,
                       const QString& position);
    void showNothing(const QString& message);

    QLabel* nameLabel() const { return m_name; }
    QLabel* hintsLabel() const { return m_hints; }
    QLabel* incumbentLabel() const { return m_incumbent; }

    // Lets the page add its own controls (eliminate, restore) under the text.
    QVBoxLayout* body() const { return m_body; }

private:
    QVBoxLayout* m_body;
    QLabel* m_position;
    QLabel* m_name;
    QLabel* m_sentence;
    QLabel* m_definition;
    QLabel* m_inputs;
    QLabel* m_hints;
    QLabel* m_eliminated;
    QLabel* m_incumbent; // a revisit's North Star carried over
};
