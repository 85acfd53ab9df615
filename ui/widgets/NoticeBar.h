#pragma once
// A calm strip at the top of the window for things the facilitator must not miss, such
// as an edit that could not be saved. Stays until dismissed; never blocks the workshop.
#include <QFrame>

class QLabel;

class NoticeBar : public QFrame {
    Q_OBJECT

public:
    explicit NoticeBar(QWidget* parent = nullptr);
    void showProblem(const QString& message);
    QString text() const;

private:
    QLabel* m_text;
};
