#pragma once
// What the chime's sound module (ui/chime, lodestar_chime) offers: a Qt plugin implementing
// this interface, loaded by Chime on the first unmuted chime so that a start which never
// chimes does not load Qt Multimedia and the audio libraries it needs.
#include <QObject>
#include <QtPlugin>

class ChimePlayer {
public:
    virtual ~ChimePlayer() = default;
    // Plays the chime once at a volume from 0 to 1; silent, without complaint, with no audio.
    virtual void play(double volume) = 0;
};

// Bump the version when the interface changes, so an old module is refused, not misused.
#define ChimePlayer_iid "io.github.lodestar.Lodestar.ChimePlayer/1"
Q_DECLARE_INTERFACE(ChimePlayer, ChimePlayer_iid)
