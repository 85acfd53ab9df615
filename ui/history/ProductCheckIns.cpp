#include "ProductCheckIns.h"

#include "CheckInDialog.h"
#include "CheckInList.h"
#include "UserText.h"
#include "commands/CheckInCommands.h"
#include "playbook/Playbook.h"
#include "storage/WorkshopStore.h"

#include <QAction>
#include <QPushButton>
#include <QUndoStack>

ProductCheckIns::ProductCheckIns(WorkshopStore& store, QUndoStack& undoStack, QWidget* page)
    : QObject(page)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_page(page)
    , m_add(new QPushButton(tr("Add a check-in…"), page)) {
    m_add->setObjectName(QStringLiteral("addCheckIn"));
    m_add->setAccessibleName(tr("Add a check-in on the current North Star"));
    m_add->setToolTip(tr("Record how confident the team is in the current North Star and its "
                         "inputs, what it learned and what comes next (Ctrl+Shift+K)"));
    m_add->setAutoDefault(false);
    m_add->setEnabled(false);
    connect(m_add, &QPushButton::clicked, this, &ProductCheckIns::addCheckIn);
    auto* shortcut = new QAction(page);
    shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    shortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QAction::triggered, this, [this] {
        if (m_add->isEnabled())
            addCheckIn();
    });
    page->addAction(shortcut);
}

void ProductCheckIns::setCurrent(qint64 workshopId) {
    m_current = workshopId;
    m_add->setEnabled(workshopId != 0);
}

CheckInList* ProductCheckIns::listFor(const NorthStarRecord& record, const QList<CheckIn>& checkIns,
                                      CheckInList* shown, QWidget* parent) {
    if (!record.hasNorthStar() || (checkIns.isEmpty() && record.workshopId != m_current))
        return nullptr;
    if (shown && shown->shows(record, checkIns))
        return shown;
    auto* list = new CheckInList(record, checkIns, parent);
    connect(list, &CheckInList::deleteRequested, this,
            [this, record](const CheckIn& c) { deleteCheckIn(record, c); });
    return list;
}

void ProductCheckIns::addCheckIn() {
    const std::optional<NorthStarRecord> record = m_store.northStarRecord(m_current);
    if (!record || !record->hasNorthStar()) {
        emit statusMessage(tr("No workshop of this product has chosen a North Star yet, so there "
                              "is nothing to check in on."));
        return;
    }
    auto* dialog = new CheckInDialog(*record, Playbook::standard().revisit().checkInQuestions,
                                     m_store.clock()().toLocalTime().date(), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, record = *record] {
        const int before = m_undoStack.count();
        m_undoStack.push(new AddCheckInCommand(m_store, dialog->checkIn(), record.metricName));
        if (m_undoStack.count() > before) // refused: the store said why through writeFailed
            emit statusMessage(tr("Check-in added on “%1”. Ctrl+Z takes it back.")
                                   .arg(UserText::isolate(record.metricName)));
    });
    dialog->open();
    emit dialogOpened(dialog);
}

void ProductCheckIns::deleteCheckIn(const NorthStarRecord& record, const CheckIn& checkIn) {
    const int before = m_undoStack.count();
    m_undoStack.push(new RemoveCheckInCommand(m_store, checkIn, record.metricName));
    if (m_undoStack.count() > before)
        emit statusMessage(tr("Check-in deleted. Ctrl+Z brings it back."));
}
