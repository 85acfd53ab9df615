#pragma once
// A column of widgets for the projector that shows as many as fit its height: the widgets
// added as optional are hidden from the last one up while the column's text would need more
// room than it has, so a small projector shows less, never overlapping or cut text.
#include <QWidget>

class QVBoxLayout;

class QLabel;

class FitColumn : public QWidget {
    Q_OBJECT

public:
    // Which optional widget gives way first: the last one (details under a heading) or the
    // first one (the oldest of a list that shows the latest).
    enum class GiveWay { Last, First };
    explicit FitColumn(QWidget* parent = nullptr, GiveWay giveWay = GiveWay::Last);

    void addWidget(QWidget* widget, bool optional = false);
    void addSpacing(int pixels);
    // The label whose type shrinks, a step at a time down to `floorPoints`, when the column
    // is still too short once every optional widget has given way (a very long name).
    void setShrinkable(QLabel* label, qreal floorPoints);
    QVBoxLayout* columnLayout() const { return m_layout; }
    QSize minimumSizeHint() const override;
    // Shows and hides the optional widgets again for the column's height: on every resize,
    // and by a view that changed the texts of its labels in place.
    void fit();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QVBoxLayout* m_layout;
    QList<QWidget*> m_optional;
    QLabel* m_shrinkable = nullptr;
    qreal m_fullPoints = 0;
    qreal m_floorPoints = 0;
    GiveWay m_giveWay;
};
