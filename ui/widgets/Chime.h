#pragma once
// The optional chime when a stage's time runs out. Silent when muted, and silent (without
// complaint) on a machine with no audio device.
#include <QObject>

class QSoundEffect;

class Chime : public QObject {
    Q_OBJECT

public:
    explicit Chime(QObject* parent = nullptr);
    bool isMuted() const { return m_muted; }

public slots:
    void setMuted(bool muted); // remembered across runs
    void play();

private:
    QSoundEffect* m_effect = nullptr; // made on first use, so start-up does not pay for audio
    bool m_muted = false;
};
