#include "SoundChimePlayer.h"

#include <QSoundEffect>
#include <QUrl>

void SoundChimePlayer::play(double volume) {
    if (!m_effect) {
        m_effect = new QSoundEffect(this);
        // The app's resources (resources/sounds), registered by the executable that loads us.
        m_effect->setSource(QUrl(QStringLiteral("qrc:/sounds/chime.wav")));
    }
    m_effect->setVolume(float(volume));
    m_effect->play();
}
