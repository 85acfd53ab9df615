#pragma once
// `lodestar --room --commands` for the room kill test (TestRoomKill.cpp): started on a
// library, read line by line (the join link, the code, then one answer per command), killed
// with SIGKILL or ended with SIGTERM. Waits are event-loop waits with a timeout.
#include <QProcess>
#include <QTest>
#include <QUrl>

#include <memory>

inline constexpr int WaitMs = 20'000;

// `lodestar --room --commands` on the library, read line by line.
class RoomApp {
public:
    RoomApp(QString library, qint64 workshop)
        : m_library(std::move(library))
        , m_workshop(workshop) {}

    // Starts the app and reads its join link; empty on failure.
    QString start(QString* roomToken) {
        m_lines.clear();
        m_buffer.clear();
        m_process = std::make_unique<QProcess>();
        QProcess* process = m_process.get();
        QObject::connect(process, &QProcess::readyReadStandardOutput, process, [this, process] {
            m_buffer += process->readAllStandardOutput();
            for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
                m_lines << QString::fromUtf8(m_buffer.left(end)).trimmed();
                m_buffer.remove(0, end + 1);
            }
        });
        process->start(QStringLiteral(LODESTAR_EXECUTABLE),
                       {QStringLiteral("--room"), QStringLiteral("--workshop"),
                        QString::number(m_workshop), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--commands"),
                        QStringLiteral("--database"), m_library});
        if (!QTest::qWaitFor([&] { return m_lines.size() >= 2 || !running(); }, WaitMs) ||
            m_lines.size() < 2)
            return {};
        const QUrl link(m_lines.takeFirst());
        m_lines.takeFirst(); // "code: ..."
        *roomToken = link.fragment().mid(2);
        return QStringLiteral("http://%1:%2").arg(link.host()).arg(link.port());
    }

    // One facilitator move; its answer line ("ok" or "error: ...").
    QString command(const QString& line) {
        m_process->write((line + u'\n').toUtf8());
        if (!QTest::qWaitFor([&] { return !m_lines.isEmpty() || !running(); }, WaitMs) ||
            m_lines.isEmpty())
            return QStringLiteral("no answer; stderr: ") + errors();
        return m_lines.takeFirst();
    }

    QProcess* process() const { return m_process.get(); }
    bool running() const { return m_process && m_process->state() != QProcess::NotRunning; }
    QString errors() const { return QString::fromUtf8(m_process->readAllStandardError()); }

    void kill() {
        m_process->kill(); // SIGKILL
        m_process->waitForFinished(WaitMs);
    }

    int terminate() {
        m_process->terminate(); // SIGTERM: the room closes cleanly
        m_process->waitForFinished(WaitMs);
        return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    }

private:
    QString m_library;
    qint64 m_workshop;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_buffer;
    QStringList m_lines;
};
