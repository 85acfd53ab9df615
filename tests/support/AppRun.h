#pragma once
// The app (or any program) run to the end as a command, for the tests of its command line:
// the exit code, -1 when it crashed or did not finish within a minute, and what it printed.
#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct AppRun {
    int exitCode = -1;
    QByteArray out; // as printed, byte for byte
    QString err;
    QString text() const { return QString::fromUtf8(out); }
};

AppRun runApp(const QString& program, const QStringList& arguments,
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
