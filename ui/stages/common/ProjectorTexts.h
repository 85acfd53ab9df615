#pragma once
// The labels of a projector view, kept in the order of the texts the view built them from, so
// that a view whose shape has not changed shows new texts in the labels it has instead of
// building its widgets again: a keystroke on the console changes one label on the wall, not
// the wall (issue #15).
#include <QList>
#include <QPointer>
#include <QStringList>

class QLabel;

class ProjectorTexts {
public:
    // The label showing the next text, while the view builds; returns it.
    QLabel* keep(QLabel* label);
    void clear() { m_labels.clear(); }
    qsizetype size() const { return m_labels.size(); }

    // Shows `texts` in the kept labels, one each, setting only those that differ from
    // `before` (what they show now). Returns how many labels changed, or -1 when the counts
    // do not match the labels kept (the caller rebuilds).
    int update(const QStringList& before, const QStringList& texts);

    // Sets a label's text; a one-line label that shortens its text keeps the whole text.
    static void setText(QLabel* label, const QString& text);

private:
    QList<QPointer<QLabel>> m_labels;
};
