#include "Chime.h"

#include <QSettings>
#include <QSoundEffect>

Chime::Chime(QObject* parent)
    : QObject(parent)
    , m_muted(QSettings().value(QStringLiteral("sound/muted"), false).toBool()) {}

void Chime::setMuted(bool muted) {
    m_muted = muted;
    QSettings().setValue(QStringLiteral("sound/muted"), muted);
}

void Chime::play() {
    if (m_muted)
        return;
    if (!m_effect) {
        m_effect = new QSoundEffect(this);
        m_effect->setSource(QUrl(QStringLiteral("qrc:/sounds/chime.wav")));
        m_effect->setVolume(0.6f);
    }
    m_effect->play();
}
