// --list: every workshop of the library as tab-separated lines, without a window.
#include "CommandLine.h"

#include "storage/Database.h"
#include "storage/WorkshopStore.h"

#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>

namespace {

// Tabs and line breaks inside user text would break the tab-separated output. In UTF-8 their
// bytes stand only for themselves, so they are replaced byte by byte in the copy
// (10,000 workshops are 60,000 fields: nothing here may cost more than the copy).
void appendField(QByteArray& line, QByteArrayView text) {
    if (text.isEmpty()) // an empty field's data may be null, which memcpy must not get
        return;
    const qsizetype start = line.size();
    line.resize(start + text.size());
    char* const out = line.data() + start;
    std::memcpy(out, text.data(), size_t(text.size()));
    const auto replace = [](char& c) {
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    };
    // Eight bytes at a time: a word with no byte below 14 (the usual case) holds none of them.
    constexpr quint64 ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    qsizetype i = 0;
    for (quint64 word = 0; i + 8 <= text.size(); i += 8) {
        std::memcpy(&word, out + i, 8);
        if ((word - 14 * ones) & ~word & highs)
            std::for_each(out + i, out + i + 8, replace);
    }
    std::for_each(out + i, out + text.size(), replace);
}

} // namespace

int listWorkshops(const QString& libraryPath) {
    Database database(libraryPath);
    if (!database.open(Database::Mode::ReadOnly)) {
        QTextStream(stderr) << database.errorMessage() << Qt::endl;
        return 2;
    }
    WorkshopStore store(database);
    // The whole list is gathered, then written in one call: nothing is printed of a library
    // that cannot be read to the end, rather than a list that stops short. The store hands
    // over UTF-8 as QTextStream would have written it (a stray surrogate in a title prints
    // the same), so no text is decoded or encoded here.
    QByteArray bytes;
    bytes.reserve(64 * 1024);
    QString error;
    const bool read = store.listWorkshops(
        [&bytes](const WorkshopStore::ListedWorkshop& w) {
            char id[24];
            const auto end = std::to_chars(std::begin(id), std::end(id), w.id).ptr;
            bytes.append(id, end - id);
            for (const QByteArrayView value :
                 {w.title, w.product, w.updatedAt, w.currentStage, w.northStar}) {
                bytes.append('\t');
                appendField(bytes, value);
            }
            bytes.append('\n');
        },
        &error);
    if (!read) {
        QTextStream(stderr) << CommandLine::tr("The library %1 could not be read to the end "
                                               "(%2); it may be damaged. It was not changed.")
                                   .arg(database.path(), error)
                            << Qt::endl;
        return 2;
    }
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()) ||
        std::fflush(stdout) != 0) {
        QTextStream(stderr) << CommandLine::tr("The list could not be written: %1.")
                                   .arg(QString::fromLocal8Bit(std::strerror(errno)))
                            << Qt::endl;
        return 3;
    }
    return 0;
}
