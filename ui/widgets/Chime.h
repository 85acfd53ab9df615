#pragma once
// The optional chime when a stage's time runs out. Silent when muted, and silent (without
// complaint) on a machine with no audio device or without the sound module. The sound player
// is a module (ChimePlayer, built as lodestar_chime) loaded on the first unmuted chime, once:
// a start that never chimes does not pay for Qt Multimedia and its audio libraries.
#include <QObject>
#include <QStringList>

class ChimePlayer;

class Chime : public QObject {
    Q_OBJECT

public:
    // Looks for the module where the app installs it (modulePaths of the executable's folder).
    explicit Chime(QObject* parent = nullptr);
    // Looks for the module at these files, the first that loads wins (tests).
    explicit Chime(QStringList modulePaths, QObject* parent = nullptr);

    bool isMuted() const { return m_muted; }
    // Whether the sound module is loaded: false until the first unmuted chime, and for good
    // when it is missing or failed to load.
    bool hasPlayer() const { return m_player != nullptr; }

    // Where an executable in appFolder finds the module: beside it in the build tree, then in
    // the installed layout's private library folder (set by ui/chime/CMakeLists.txt).
    static QStringList modulePaths(const QString& appFolder);

public slots:
    void setMuted(bool muted); // remembered across runs
    void play();
    // Loads the module now, unless muted, without a sound: called when a stage's timer
    // starts, so the first chime does not load libraries in front of the room (~20 ms).
    void prepare();

private:
    ChimePlayer* player(); // loads the module on first use, tries once

    QStringList m_modulePaths;
    ChimePlayer* m_player = nullptr; // owned by the plugin loader, lives as long as the app
    bool m_loadTried = false;
    bool m_muted = false;
};
