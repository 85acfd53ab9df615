#pragma once
// What else the converge step records about the North Star: the game from block 2 (the same
// field, changeable here), an optional guardrail metric that must not get worse while the
// North Star grows, and the belief sentence the inputs add up to, written live.
#include "domain/Workshop.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QLineEdit;
class TypingSessions;
struct StageContext;

class ConvergeGuardrailCard : public QFrame {
    Q_OBJECT

public:
    ConvergeGuardrailCard(StageContext& context, TypingSessions& typing, QWidget* parent = nullptr);

    QComboBox* gameBox() const { return m_game; }
    QLineEdit* guardrailNameEdit() const { return m_guardrailName; }
    QLineEdit* guardrailDefinitionEdit() const { return m_guardrailDefinition; }
    QLabel* belief() const { return m_belief; }

    void refresh();

private:
    void saveText(QLineEdit* edit, QString Workshop::*field, const QString& what,
                  const QString& key);

    StageContext& m_context;
    TypingSessions& m_typing;
    QComboBox* m_game;
    QLineEdit* m_guardrailName;
    QLineEdit* m_guardrailDefinition;
    QLabel* m_belief;
};
