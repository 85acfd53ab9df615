#pragma once
// The chime's sound, played with Qt Multimedia: the lodestar_chime module's one class.
#include "widgets/ChimePlayer.h"

#include <QObject>

class QSoundEffect;

class SoundChimePlayer : public QObject, public ChimePlayer {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ChimePlayer_iid)
    Q_INTERFACES(ChimePlayer)

public:
    void play(double volume) override;

private:
    QSoundEffect* m_effect = nullptr; // made on the first chime
};
