#include "Chime.h"

#include "ChimePlayer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>
#include <QSettings>

Chime::Chime(QObject* parent)
    : Chime(modulePaths(QCoreApplication::applicationDirPath()), parent) {}

Chime::Chime(QStringList modulePaths, QObject* parent)
    : QObject(parent)
    , m_modulePaths(std::move(modulePaths))
    , m_muted(QSettings().value(QStringLiteral("sound/muted"), false).toBool()) {}

QStringList Chime::modulePaths(const QString& appFolder) {
    const QDir folder(appFolder);
    // Plain 8-bit text in the binary, where tests/package/check-package.sh looks for it.
    const QString module = QString::fromUtf8(LODESTAR_CHIME_MODULE);
    const QString installed = QString::fromUtf8(LODESTAR_CHIME_DIR_FROM_BIN "/") + module;
    return {folder.filePath(module), QDir::cleanPath(folder.filePath(installed))};
}

void Chime::setMuted(bool muted) {
    m_muted = muted;
    QSettings().setValue(QStringLiteral("sound/muted"), muted);
}

void Chime::play() {
    if (m_muted)
        return;
    if (ChimePlayer* sound = player())
        sound->play(0.6);
}

void Chime::prepare() {
    if (!m_muted)
        player();
}

ChimePlayer* Chime::player() {
    if (m_loadTried)
        return m_player;
    m_loadTried = true;
    for (const QString& path : std::as_const(m_modulePaths)) {
        if (!QFileInfo(path).isFile())
            continue;
        QPluginLoader loader(path);
        m_player = qobject_cast<ChimePlayer*>(loader.instance());
        if (m_player)
            break;
    }
    return m_player;
}
