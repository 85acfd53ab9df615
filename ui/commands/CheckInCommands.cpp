#include "CheckInCommands.h"

#include "UserText.h"
#include "storage/WorkshopStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
class CheckInCommandsText {
    Q_DECLARE_TR_FUNCTIONS(CheckInCommands)
};

QString dateText(const QDate& date) {
    return QLocale().toString(date, QLocale::ShortFormat);
}
} // namespace

AddCheckInCommand::AddCheckInCommand(WorkshopStore& store, CheckIn checkIn,
                                     const QString& metricName)
    : m_store(store)
    , m_checkIn(std::move(checkIn)) {
    setText(CheckInCommandsText::tr("check-in of %1 on “%2”")
                .arg(dateText(m_checkIn.date), UserText::isolate(metricName)));
}

void AddCheckInCommand::redo() {
    const std::optional<qint64> id = m_store.addCheckIn(m_checkIn);
    if (!id) {
        setObsolete(true);
        return;
    }
    if (m_checkIn.id == 0) // the first time: keep what the store wrote, to put back the same
        if (const std::optional<CheckIn> written = m_store.checkIn(*id))
            m_checkIn = *written;
}

void AddCheckInCommand::undo() {
    if (!m_store.removeCheckIn(m_checkIn.id))
        setObsolete(true);
}

RemoveCheckInCommand::RemoveCheckInCommand(WorkshopStore& store, CheckIn checkIn,
                                           const QString& metricName)
    : m_store(store)
    , m_checkIn(std::move(checkIn)) {
    setText(CheckInCommandsText::tr("delete the check-in of %1 on “%2”")
                .arg(dateText(m_checkIn.date), UserText::isolate(metricName)));
}

void RemoveCheckInCommand::redo() {
    if (!m_store.removeCheckIn(m_checkIn.id))
        setObsolete(true);
}

void RemoveCheckInCommand::undo() {
    if (!m_store.addCheckIn(m_checkIn))
        setObsolete(true);
}
