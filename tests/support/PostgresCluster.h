#pragma once
// A private PostgreSQL 15 server for the team-library tests: initdb into a temporary folder
// (as the unprivileged user "nobody" when the tests run as root, since PostgreSQL refuses to
// run as root), listening on a Unix socket in that folder and on a free loopback port, with
// TLS on TCP (a self-signed certificate), installer/team-library.sql applied and four logins.
// Stopped (immediately) and removed when destroyed: no system service is used and nothing is left
// behind.
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

class PostgresCluster {
public:
    // Logins made by start(); each one's password is its name followed by "-pw".
    static constexpr auto Facilitator = "alice"; // lodestar_facilitator
    static constexpr auto Facilitator2 = "bob";  // lodestar_facilitator
    static constexpr auto Reader = "rita";       // lodestar_reader
    static constexpr auto Administrator = "ada"; // lodestar_admin
    static constexpr auto Database = "lodestar";

    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;

    // The PostgreSQL programs this needs that are missing (empty when all are there).
    static QStringList missingPrograms();

    bool start();
    void stop();
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }

    QString socketFolder() const { return m_dir.path(); }
    // The CA that signed the server's certificate (for localhost and 127.0.0.1), and one that
    // did not.
    QString caFile() const;
    QString wrongCaFile() const;
    int port() const { return m_port; }

    // "host=<socket folder> port=... dbname=lodestar user=... password=..."
    QString keyValue(const QString& user, const QString& password = {},
                     const QString& database = QString::fromLatin1(Database)) const;
    // "postgresql://user:password@127.0.0.1:port/lodestar" (TCP)
    QString uri(const QString& user, const QString& password = {}) const;
    static QString passwordOf(const QString& user) { return user + QStringLiteral("-pw"); }

    // Runs SQL as the superuser through psql; its output (unaligned, tuples only), or nullopt
    // (and error()) when psql fails.
    std::optional<QString> sql(const QString& statements,
                               const QString& database = QString::fromLatin1(Database));
    // Runs a script file with psql as the superuser, as an administrator would.
    bool runScript(const QString& path, const QString& database = QString::fromLatin1(Database));
    // Creates the database `name` with the team library as installer/team-library.sql makes
    // it up to schema version `upTo` (all of it when 0): what an older Lodestar's script left.
    bool createTeamDatabase(const QString& name, int upTo = 0);
    // Drops the database `name` (one createTeamDatabase made), whoever is still connected.
    bool dropDatabase(const QString& name);

private:
    bool run(const QString& program, const QStringList& arguments, bool asServerUser,
             QString* output = nullptr, int timeoutMs = 60000);
    QString bin(const QString& name) const;
    bool makeCertificates();

    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};
