#include "SqlTrace.h"

#include <QSqlDriver>
#include <QVariant>

#include <dlfcn.h>

#include <utility>

namespace {
constexpr unsigned TraceStatement = 0x01; // SQLITE_TRACE_STMT
using TraceCallback = int (*)(unsigned, void*, void*, void*);
using TraceFunction = int (*)(void*, unsigned, TraceCallback, void*);

TraceFunction traceFunction() {
    // The SQLite the QSQLITE plugin loaded: already in the process, never loaded here.
    void* library = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
    if (!library)
        return nullptr;
    auto* function = reinterpret_cast<TraceFunction>(dlsym(library, "sqlite3_trace_v2"));
    dlclose(library); // the plugin keeps it loaded
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
    return std::exchange(m_statements, {});
}

int SqlTrace::count(const QString& text) const {
    int n = 0;
    for (const QString& statement : m_statements)
        n += statement.contains(text, Qt::CaseInsensitive) ? 1 : 0;
    return n;
}

int SqlTrace::record(unsigned type, void* self, void*, void* sql) {
    if (type == TraceStatement && sql) {
        const QString text = QString::fromUtf8(static_cast<const char*>(sql));
        if (!text.startsWith(QLatin1String("--"))) // a trigger's statements come as comments
            static_cast<SqlTrace*>(self)->m_statements.append(text);
    }
    return 0;
}
