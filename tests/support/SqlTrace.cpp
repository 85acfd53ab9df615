#include "SqlTrace.h"

#include <QSqlDriver>
#include <QVariant>

#include <dlfcn.h>

#include <utility>

namespace {
constexpr unsigned TraceStatement = 0x01; // SQLITE_TRACE_STMT
constexpr int StatementRuns = 6;          // SQLITE_STMTSTATUS_RUN
using TraceCallback = int (*)(unsigned, void*, void*, void*);
using TraceFunction = int (*)(void*, unsigned, TraceCallback, void*);
using StatusFunction = int (*)(void*, int, int);

// A function of the SQLite the QSQLITE plugin loaded: already in the process, never loaded
// here.
void* sqliteFunction(const char* name) {
    void* library = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
    if (!library)
        return nullptr;
    void* function = dlsym(library, name);
    dlclose(library); // the plugin keeps it loaded
    return function;
}

TraceFunction traceFunction() {
    return reinterpret_cast<TraceFunction>(sqliteFunction("sqlite3_trace_v2"));
}

StatusFunction statusFunction() {
    static const auto function =
        reinterpret_cast<StatusFunction>(sqliteFunction("sqlite3_stmt_status"));
    return function;
}
} // namespace

SqlTrace::SqlTrace(const QSqlDatabase& db) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    void* connection = *static_cast<void* const*>(handle.constData());
    const TraceFunction trace = traceFunction();
    if (!connection || !trace || trace(connection, TraceStatement, &SqlTrace::record, this) != 0)
        return;
    m_handle = connection;
}

SqlTrace::~SqlTrace() {
    if (const TraceFunction trace = m_handle ? traceFunction() : nullptr)
        trace(m_handle, 0, nullptr, nullptr);
}

QStringList SqlTrace::take() {
    m_prepared.clear();
    return std::exchange(m_statements, {});
}

int SqlTrace::count(const QString& text) const {
    int n = 0;
    for (const QString& statement : m_statements)
        n += statement.contains(text, Qt::CaseInsensitive) ? 1 : 0;
    return n;
}

int SqlTrace::record(unsigned type, void* self, void* statement, void* sql) {
    if (type == TraceStatement && sql) {
        const QString text = QString::fromUtf8(static_cast<const char*>(sql));
        if (!text.startsWith(QLatin1String("--"))) { // a trigger's statements come as comments
            auto* trace = static_cast<SqlTrace*>(self);
            trace->m_statements.append(text);
            // The trace comes before SQLite counts the run: 0 runs so far is a fresh prepare.
            if (const StatusFunction status = statusFunction();
                status && status(statement, StatementRuns, 0) == 0)
                trace->m_prepared.append(text);
        }
    }
    return 0;
}
