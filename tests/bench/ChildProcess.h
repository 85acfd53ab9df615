#pragma once
// Runs a program to the end and reports what the kernel accounted for it: wall time and
// peak resident memory of that one child (wait4), and what it printed on stdout.
#include <QByteArray>
#include <QString>
#include <QStringList>

struct ChildRun {
    bool ok = false;   // started, and exited with status 0
    double wallMs = 0; // from spawn to reaped
    long peakKb = 0;   // ru_maxrss of the child
    QByteArray output; // its stdout
};

ChildRun runChild(const QString& program, const QStringList& arguments);

// The median of `values` (the upper one for an even count); -1 when empty.
double median(QList<double> values);
