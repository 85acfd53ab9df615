#pragma once
// An inline message under a field on the converge page: an error in red ("✕ ...") or a
// warning in amber ("⚠ ..."), hidden while there is nothing to say. Never a dialog.
#include <QLabel>

class ConvergeIssueLabel : public QLabel {
    Q_OBJECT

public:
    enum class Level { Error, Warning };

    ConvergeIssueLabel(Level level, QWidget* parent = nullptr);

    // One line per message; hides itself when `messages` is empty.
    void setMessages(const QStringList& messages);
    QStringList messages() const { return m_messages; }

private:
    Level m_level;
    QStringList m_messages;
};
