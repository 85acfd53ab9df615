#include "WorkshopSession.h"

#include "StoreCommand.h"
#include "agenda/AgendaRunner.h"
#include "storage/WorkshopStore.h"

#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

namespace {
// Wraps every command the session pushes: runs it, and when the store reported a failed write
// meanwhile, marks it obsolete so the stack drops it instead of keeping a phantom step.
class GuardedCommand : public QUndoCommand {
public:
    GuardedCommand(std::shared_ptr<WorkshopSession*> owner, QUndoCommand* inner)
        : QUndoCommand(inner->text())
        , m_owner(std::move(owner))
        , m_inner(inner) {}

    void redo() override { run(false); }
    void undo() override { run(true); }
    int id() const override { return m_inner->id(); }
    bool mergeWith(const QUndoCommand* other) override {
        const auto* next = dynamic_cast<const GuardedCommand*>(other);
        if (!next || next->isObsolete() || !m_inner->mergeWith(next->m_inner.get()))
            return false;
        setText(m_inner->text());
        return true;
    }

private:
    void run(bool undoing) {
        // The session that pushed the command may have closed since; the one that holds
        // the stack now watches (there is always one while the console can undo).
        WorkshopSession* session = *m_owner;
        const int before = session ? session->failedWrites() : 0;
        undoing ? m_inner->undo() : m_inner->redo();
        setText(m_inner->text());
        const bool failed = session && session->failedWrites() != before;
        if (failed || m_inner->isObsolete())
            setObsolete(true);
        if (failed)
            session->reportFailedEdit(text(), undoing);
    }

    std::shared_ptr<WorkshopSession*> m_owner;
    std::unique_ptr<QUndoCommand> m_inner;
};
} // namespace

WorkshopSession::WorkshopSession(WorkshopStore& store, const Clock& clock, qint64 workshopId,
                                 SessionMemory* memory, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_workshopId(workshopId)
    , m_memory(memory)
    , m_runner(std::make_unique<AgendaRunner>(store, clock, workshopId))
    , m_kept(memory ? memory->take(workshopId) : SessionMemory::Kept{}) {
    if (!m_kept.undoStack)
        m_kept.undoStack = std::make_unique<QUndoStack>();
    if (!m_kept.owner)
        m_kept.owner = std::make_shared<WorkshopSession*>(nullptr);
    *m_kept.owner = this;
    connect(&store, &WorkshopStore::writeFailed, this, [this] { ++m_failedWrites; });
    if (memory)
        connect(memory, &SessionMemory::undoCleared, this, [this] { m_kept.undoStack->clear(); });
}

WorkshopSession::~WorkshopSession() {
    emit closing();
    m_runner->pauseTimer(); // saves the time spent so far
    m_runner.reset();
    *m_kept.owner = nullptr;
    if (m_memory)
        m_memory->keep(m_workshopId, std::move(m_kept));
}

bool WorkshopSession::push(QUndoCommand* command) {
    if (!command)
        return false;
    auto* guarded = new GuardedCommand(m_kept.owner, command);
    const int before = m_failedWrites;
    m_kept.undoStack->push(guarded);
    return m_failedWrites == before;
}

bool WorkshopSession::edit(const QString& text, std::function<void()> redo,
                           std::function<void()> undo, const QString& mergeKey) {
    return push(new StoreCommand(text, std::move(redo), std::move(undo), mergeKey));
}

void WorkshopSession::setProjector(const Projector& projector) {
    if (projector == m_projector)
        return;
    m_projector = projector;
    emit projectorChanged();
}

WorkshopSession::Layer WorkshopSession::Projector::layer() const {
    return blank       ? Layer::Blank
           : checklist ? Layer::Checklist
           : examples  ? Layer::Examples
           : join      ? Layer::Join
                       : Layer::Stage;
}

WorkshopSession::Projector WorkshopSession::Projector::showing(Layer layer) {
    return {layer == Layer::Blank, layer == Layer::Checklist, layer == Layer::Examples,
            layer == Layer::Join};
}

void WorkshopSession::showOnProjector(Layer layer, bool shown) {
    if (shown)
        setProjector(Projector::showing(layer));
    else if (m_projector.layer() == layer)
        setProjector({});
}

void WorkshopSession::reportFailedEdit(const QString& editText, bool undoing) {
    // The store has said why; this says what it means for Ctrl+Z, in a few words, so the
    // whole notice still fits on one line of the notice bar.
    const QString reason = m_store.lastError();
    const QString step =
        undoing ? tr("“%1” could not be undone and left the undo history.").arg(editText)
                : tr("“%1” is not in the undo history.").arg(editText);
    emit editFailed(reason.isEmpty() ? step : tr("%1 %2").arg(reason, step));
}
