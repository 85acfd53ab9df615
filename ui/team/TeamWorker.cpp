#include "TeamWorker.h"

TeamWorker::TeamWorker(Changed onChange)
    : m_onChange(std::move(onChange)) {}

TeamWorker::~TeamWorker() = default;

void TeamWorker::runHook() const {
    if (m_hook)
        m_hook();
}

bool TeamWorker::listen() {
    m_listener = std::make_unique<QObject>();
    // A library that cannot follow changes still works; the Refresh button stays.
    return m_library->listenForChanges(m_listener.get(), [this](qint64, int) { m_onChange(); });
}

TeamOutcome TeamWorker::connectTo(const QString& connInfo) {
    disconnectFromServer();
    m_library = std::make_unique<TeamLibrary>(connInfo);
    TeamOutcome outcome;
    if (!m_library->open()) {
        outcome.error = m_library->lastError();
        m_library.reset();
        return outcome;
    }
    listen();
    outcome.ok = true;
    outcome.connected = true;
    outcome.user = m_library->userName();
    return outcome;
}

void TeamWorker::disconnectFromServer() {
    m_listener.reset();
    m_library.reset();
}

bool TeamWorker::ready(TeamOutcome* outcome) {
    if (!m_library) {
        outcome->error = TeamLibrary::tr("The team library is not connected.");
        return false;
    }
    if (m_library->isOpen())
        return true;
    m_listener.reset();
    if (!m_library->open()) {
        outcome->error = m_library->lastError();
        return false;
    }
    listen();
    return true;
}

TeamOutcome TeamWorker::finish(bool ok) {
    TeamOutcome outcome;
    outcome.ok = ok;
    outcome.connected = m_library && m_library->isOpen();
    if (m_library) {
        outcome.user = m_library->userName();
        if (!ok)
            outcome.error = m_library->lastError();
    }
    return outcome;
}

TeamOutcome TeamWorker::list(const TeamListQuery& query) {
    TeamOutcome outcome;
    if (!ready(&outcome))
        return outcome;
    auto workshops = m_library->workshops(query);
    outcome = finish(workshops.has_value());
    if (workshops)
        outcome.workshops = std::move(*workshops);
    return outcome;
}

TeamOutcome TeamWorker::count(const QString& search, qint64 cap) {
    TeamOutcome outcome;
    if (!ready(&outcome))
        return outcome;
    const auto count = m_library->workshopCount(search, cap);
    outcome = finish(count.has_value());
    outcome.count = count.value_or(0);
    return outcome;
}

TeamOutcome TeamWorker::publish(const WorkshopDocument& doc, const QString& libraryPath,
                                qint64 localId, TeamLibrary::OnConflict onConflict) {
    TeamOutcome outcome;
    if (!ready(&outcome))
        return outcome;
    const auto published = m_library->publish(doc, libraryPath, localId, onConflict);
    outcome = finish(published.has_value());
    if (published)
        outcome.published = *published;
    outcome.conflict = m_library->lastConflict();
    return outcome;
}

TeamOutcome TeamWorker::fetchCopy(qint64 teamId) {
    TeamOutcome outcome;
    if (!ready(&outcome))
        return outcome;
    auto copy = m_library->fetchCopy(teamId);
    outcome = finish(copy.has_value());
    if (copy)
        outcome.copy = std::make_shared<const TeamLibrary::TeamCopy>(std::move(*copy));
    return outcome;
}

TeamOutcome TeamWorker::noteTaken(const QString& libraryPath, qint64 localId,
                                  const TeamLibrary::TeamCopy& copy) {
    // The copy is in the laptop's library already: whatever happens here is a warning.
    TeamOutcome reconnect;
    const bool open = ready(&reconnect);
    QString warning;
    if (m_library)
        warning = m_library->noteTaken(libraryPath, localId, copy);
    else if (!open)
        warning = reconnect.error;
    TeamOutcome outcome = finish(true);
    outcome.warning = warning;
    return outcome;
}

TeamOutcome TeamWorker::withdraw(qint64 teamId) {
    TeamOutcome outcome;
    if (!ready(&outcome))
        return outcome;
    return finish(m_library->withdraw(teamId));
}

TeamOutcome TeamWorker::productWorkshops(const QString& productKey, const QStringList& spellings,
                                         const QString& libraryPath,
                                         const QList<TeamLibrary::LaptopWorkshop>& own) {
    TeamOutcome outcome;
    if (!ready(&outcome))
        return outcome;
    auto found = m_library->productWorkshops(productKey, spellings, libraryPath, own);
    outcome = finish(found.has_value());
    if (found)
        outcome.product = std::make_shared<const TeamLibrary::ProductWorkshops>(std::move(*found));
    return outcome;
}
