// --room: the room without a window, for scripts, tests and benchmarks. Opens the library
// and the workshop, listens, prints the join link and the code, and serves until SIGTERM
// or SIGINT, which close the room cleanly (every phone is told) before the process exits.
#include "CommandLine.h"
#include "RoomCommands.h"

#include "RoomServer.h"
#include "agenda/Clock.h"
#include "session/WorkshopSession.h"
#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// Exit codes, as for every command (the man page): 2 the library cannot be opened, 3 the
// room cannot be served (no such workshop, the address cannot be listened on). A malformed
// command line never gets here (CommandLine exits 1).
constexpr int LibraryFailed = 2;
constexpr int CannotServe = 3;

int signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: one byte down the socket pair.
void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

} // namespace

int runRoom(const CommandLine& command) {
    QTextStream err(stderr);
    Database database(command.libraryPath());
    if (!database.open()) {
        err << database.errorMessage() << Qt::endl;
        return LibraryFailed;
    }
    WorkshopStore store(database);
    if (!store.workshop(command.workshopId)) {
        err << CommandLine::tr("There is no workshop %1 in the library %2 (see --list).")
                   .arg(command.workshopId)
                   .arg(command.libraryPath())
            << Qt::endl;
        return CannotServe;
    }
    SteadyClock clock;
    WorkshopSession session(store, clock, command.workshopId);
    RoomServer room(session);
    if (!room.open(QHostAddress(command.listenAddress), command.listenPort)) {
        err << room.errorString() << Qt::endl;
        return CannotServe;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        err << CommandLine::tr("The room could not watch for signals.") << Qt::endl;
        return CannotServe;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [&] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(signalPipe[0], &byte, 1);
        notifier.setEnabled(false);
        room.close();
        // A moment for the phones' "closed" messages to leave before the process ends.
        QTimer::singleShot(250, qApp, [] { QCoreApplication::exit(0); });
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    QTextStream out(stdout);
    out << room.joinUrl().toString() << '\n'
        << "code: " << room.joinCode() << Qt::endl; // Qt::endl flushes

    // --commands: one answer line per command line, in order; the end of input ends nothing
    // but the commands (the room serves on until the signal).
    std::unique_ptr<QSocketNotifier> input;
    QByteArray pending;
    if (command.roomCommands)
        input = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    if (input)
        QObject::connect(input.get(), &QSocketNotifier::activated, input.get(), [&] {
            char chunk[4096];
            const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
            if (got <= 0) {
                input->setEnabled(false);
                return;
            }
            pending.append(chunk, got);
            for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
                const QString line = QString::fromUtf8(pending.left(end)).trimmed();
                pending.remove(0, end + 1);
                if (!line.isEmpty())
                    out << RoomCommands::apply(session, room, line) << Qt::endl;
            }
        });
    const int code = QCoreApplication::exec();
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    return code;
}
