#pragma once
// The stage timer as big digits whose colour says how much time is left: calm, amber at
// 20% left, red from the last minute, and red "+mm:ss" once over time. One widget serves
// the console (smaller) and the projector (huge); it shows values, it keeps no time.
#include "agenda/Countdown.h"

#include <QWidget>

class CountdownDisplay : public QWidget {
    Q_OBJECT

public:
    explicit CountdownDisplay(QWidget* parent = nullptr);

    void setTime(qint64 remainingMs, Countdown::Phase phase, bool running);
    void setPixelHeight(int pixels); // height of the digits
    // A tight box hugs the figures (no room for the font's accents and descenders), so the
    // timer shares one short line with a title; the figures keep their size.
    void setTight(bool tight);
    bool isTight() const { return m_tight; }
    // Where the digits are shown; the projector needs 7:1 contrast in every phase.
    enum class Surface { Console, ProjectorDark, ProjectorLight };
    void setSurface(Surface surface);
    QString text() const { return m_text; }
    // The digits' colour for the current phase on the current surface.
    QColor colour() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text = QStringLiteral("00:00");
    Countdown::Phase m_phase = Countdown::Phase::Calm;
    bool m_running = false;
    Surface m_surface = Surface::Console;
    int m_pixelHeight = 40;
    bool m_tight = false;
};
