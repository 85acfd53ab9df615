#include "PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

QString binFolder() {
    const QString custom = qEnvironmentVariable("LODESTAR_PG_BIN");
    return custom.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : custom;
}

// A loopback port nobody listens on now (the kernel's choice for port 0).
int freeLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool runningAsRoot() {
    return ::geteuid() == 0;
}

} // namespace

PostgresCluster::PostgresCluster() = default;

PostgresCluster::~PostgresCluster() {
    stop();
}

QStringList PostgresCluster::missingPrograms() {
    QStringList missing;
    for (const auto name : {"initdb", "pg_ctl", "psql", "postgres"})
        if (!QFileInfo(binFolder() + u'/' + QLatin1String(name)).isExecutable())
            missing << binFolder() + u'/' + QLatin1String(name);
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        missing << QStringLiteral("openssl");
    if (runningAsRoot() && !QFileInfo(QStringLiteral("/usr/sbin/runuser")).isExecutable())
        missing << QStringLiteral("/usr/sbin/runuser");
    return missing;
}

QString PostgresCluster::bin(const QString& name) const {
    return binFolder() + u'/' + name;
}

bool PostgresCluster::run(const QString& program, const QStringList& arguments, bool asServerUser,
                          QString* output, int timeoutMs) {
    QProcess process;
    if (asServerUser && runningAsRoot())
        process.start(QStringLiteral("/usr/sbin/runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                  QStringLiteral("--"), program} +
                          arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        m_error = program + QStringLiteral(" did not finish: ") + process.errorString();
        return false;
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    if (output)
        *output = out;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QFileInfo(program).fileName() + QStringLiteral(" failed: ") + out +
                  QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    return true;
}

bool PostgresCluster::start() {
    if (const QStringList missing = missingPrograms(); !missing.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL 15 or openssl is not installed (missing %1); "
                                 "installer/install-deps.sh installs postgresql-15 and openssl.")
                      .arg(missing.join(QStringLiteral(", ")));
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    if (runningAsRoot()) {
        const passwd* nobody = ::getpwnam("nobody");
        if (!nobody || ::chown(QFile::encodeName(m_dir.path()).constData(), nobody->pw_uid,
                               nobody->pw_gid) != 0) {
            m_error = QStringLiteral("cannot hand the temporary folder to the user nobody");
            return false;
        }
    }
    m_port = freeLoopbackPort();
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(bin(QStringLiteral("initdb")),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("--no-sync"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C")},
             true))
        return false;
    // The superuser alone may log in without a password, and only over the socket.
    QFile hba(data + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        hba.write("local all postgres trust\n"
                  "local all all scram-sha-256\n"
                  "host all all 127.0.0.1/32 scram-sha-256\n") < 0) {
        m_error = QStringLiteral("cannot write pg_hba.conf");
        return false;
    }
    hba.close();
    if (!makeCertificates())
        return false;
    const QString options =
        QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories=%2 "
                       "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                       "-c max_connections=40 -c ssl=on -c ssl_cert_file=%3 -c ssl_key_file=%4")
            .arg(m_port)
            .arg(m_dir.path(), caFile(), m_dir.filePath(QStringLiteral("server.key")));
    if (!run(bin(QStringLiteral("pg_ctl")),
             {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
              m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
              QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")},
             true))
        return false;
    m_running = true;
    if (!sql(QStringLiteral("CREATE DATABASE lodestar"), QStringLiteral("postgres")) ||
        !runScript(QStringLiteral(LODESTAR_TEAM_SQL)))
        return false;
    const QString roles =
        QStringLiteral("CREATE ROLE alice LOGIN PASSWORD 'alice-pw' IN ROLE lodestar_facilitator;"
                       "CREATE ROLE bob LOGIN PASSWORD 'bob-pw' IN ROLE lodestar_facilitator;"
                       "CREATE ROLE rita LOGIN PASSWORD 'rita-pw' IN ROLE lodestar_reader;"
                       "CREATE ROLE ada LOGIN PASSWORD 'ada-pw' IN ROLE lodestar_admin;");
    return sql(roles).has_value();
}

// A self-signed certificate for localhost and 127.0.0.1 (its own CA), and another one that
// signed nothing the server holds: the wrong CA.
bool PostgresCluster::makeCertificates() {
    const auto selfSigned = [this](const QString& name) {
        return run(QStringLiteral("openssl"),
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                    QStringLiteral("-keyout"), m_dir.filePath(name + QStringLiteral(".key")),
                    QStringLiteral("-out"), m_dir.filePath(name + QStringLiteral(".crt"))},
                   false);
    };
    if (!selfSigned(QStringLiteral("server")) || !selfSigned(QStringLiteral("other")))
        return false;
    const QByteArray key = QFile::encodeName(m_dir.filePath(QStringLiteral("server.key")));
    if (runningAsRoot()) {
        const passwd* nobody = ::getpwnam("nobody");
        if (!nobody || ::chown(key.constData(), nobody->pw_uid, nobody->pw_gid) != 0) {
            m_error = QStringLiteral("cannot hand the server key to the user nobody");
            return false;
        }
    }
    return QFile::setPermissions(QFile::decodeName(key), QFile::ReadOwner | QFile::WriteOwner);
}

QString PostgresCluster::caFile() const {
    return m_dir.filePath(QStringLiteral("server.crt"));
}

QString PostgresCluster::wrongCaFile() const {
    return m_dir.filePath(QStringLiteral("other.crt"));
}

void PostgresCluster::stop() {
    if (!m_running)
        return;
    m_running = false;
    run(bin(QStringLiteral("pg_ctl")),
        {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
         QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
        true);
}

QString PostgresCluster::keyValue(const QString& user, const QString& password,
                                  const QString& database) const {
    QString text = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
                       .arg(m_dir.path())
                       .arg(m_port)
                       .arg(database, user);
    if (!password.isEmpty())
        text += QStringLiteral(" password='%1'").arg(password);
    return text;
}

QString PostgresCluster::uri(const QString& user, const QString& password) const {
    return QStringLiteral("postgresql://%1%2@127.0.0.1:%3/lodestar")
        .arg(user, password.isEmpty() ? QString() : u':' + password)
        .arg(m_port);
}

std::optional<QString> PostgresCluster::sql(const QString& statements, const QString& database) {
    QString output;
    if (!run(bin(QStringLiteral("psql")),
             {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
              QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
              QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(m_port),
              QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"), database,
              QStringLiteral("-c"), statements},
             false, &output))
        return std::nullopt;
    return output.trimmed();
}

bool PostgresCluster::runScript(const QString& path, const QString& database) {
    return run(bin(QStringLiteral("psql")),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_dir.path(),
                QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                QStringLiteral("postgres"), QStringLiteral("-d"), database, QStringLiteral("-f"),
                path},
               false);
}

bool PostgresCluster::createTeamDatabase(const QString& name, int upTo) {
    QFile script(QStringLiteral(LODESTAR_TEAM_SQL));
    if (!script.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1").arg(script.fileName());
        return false;
    }
    QByteArray text = script.readAll();
    // Each version is one block that starts with its comment: "-- Version 2: ...".
    if (upTo > 0) {
        const qsizetype next =
            text.indexOf(QStringLiteral("\n-- Version %1:").arg(upTo + 1).toUtf8());
        if (next >= 0)
            text.truncate(next + 1);
    }
    QFile older(m_dir.filePath(QStringLiteral("team-library-%1.sql").arg(name)));
    if (!older.open(QIODevice::WriteOnly | QIODevice::Truncate) || older.write(text) < 0) {
        m_error = QStringLiteral("cannot write %1").arg(older.fileName());
        return false;
    }
    older.close();
    return sql(QStringLiteral("CREATE DATABASE \"%1\"").arg(name), QStringLiteral("postgres")) &&
           runScript(older.fileName(), name);
}

bool PostgresCluster::dropDatabase(const QString& name) {
    return sql(QStringLiteral("DROP DATABASE \"%1\" WITH (FORCE)").arg(name),
               QStringLiteral("postgres"))
        .has_value();
}
