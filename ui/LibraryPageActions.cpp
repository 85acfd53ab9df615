// LibraryPage's actions: New, Open, Rename, Duplicate, Delete, Compare, the example, Find and
// Group by product, and what each does to the selected workshops.
#include "LibraryModel.h"
#include "LibraryPage.h"
#include "NewWorkshopDialog.h"
#include "commands/LibraryCommands.h"
#include "history/ProductBrowser.h"
#include "history/ProductPage.h"
#include "playbook/ExampleWorkshop.h"
#include "storage/WorkshopStore.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>

void LibraryPage::createActions() {
    auto make = [this](const QString& text, const QKeySequence& key, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_new = make(tr("&New workshop…"), QKeySequence::New, &LibraryPage::newWorkshop);
    m_open = make(tr("&Open"), QKeySequence::Open, &LibraryPage::openSelected);
    m_rename = make(tr("&Rename"), QKeySequence(Qt::Key_F2), &LibraryPage::renameSelected);
    m_duplicate =
        make(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), &LibraryPage::duplicateSelected);
    m_delete = make(tr("&Delete"), QKeySequence::Delete, &LibraryPage::deleteSelected);
    m_compare = make(tr("&Compare side by side"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                     &LibraryPage::compareSelected);
    m_compare->setIconText(tr("Compare"));
    m_compare->setStatusTip(tr("Two workshops' North Stars side by side, of one product or two"));
    m_example = make(tr("Open the &example workshop"), QKeySequence(), &LibraryPage::openExample);
    m_find = make(tr("&Find…"), QKeySequence::Find, [this] {
        showList();
        m_search->setFocus();
        m_search->selectAll();
    });
    m_byProduct = make(tr("&Group by product"), QKeySequence(Qt::CTRL | Qt::Key_G),
                       &LibraryPage::groupByProduct);
    m_byProduct->setCheckable(true);
    m_byProduct->setStatusTip(tr("List products, each with the history of its North Star"));
    m_new->setStatusTip(tr("Plan a new North Star workshop"));
    m_example->setStatusTip(
        tr("A finished workshop for a meal-kit company, to see the whole flow"));
}

void LibraryPage::newWorkshop() {
    auto* dialog = new NewWorkshopDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto id = m_store.createWorkshop(dialog->workshop(), dialog->participants());
        if (!id)
            return; // the store reported why through writeFailed
        selectWorkshop(*id);
        emit openRequested(*id);
    });
    dialog->open();
}

void LibraryPage::openSelected() {
    if (const qint64 id = selectedWorkshopId())
        emit openRequested(id);
}

void LibraryPage::renameSelected() {
    if (showsProductHistory()) {
        m_products->productPage()->renameProduct();
        return;
    }
    const int row = m_model->rowOfWorkshop(selectedWorkshopId());
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, LibraryModel::Title);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void LibraryPage::duplicateSelected() {
    const qint64 id = selectedWorkshopId();
    if (!id)
        return;
    auto* command = new DuplicateWorkshopCommand(m_store, id, tr("%1 (copy)").arg(selectedTitle()));
    m_undoStack.push(command);
    selectWorkshop(command->copyId());
    emit statusMessage(tr("Duplicated with the same people. Ctrl+Z removes the copy."));
}

void LibraryPage::deleteSelected() {
    const qint64 id = selectedWorkshopId();
    if (!id)
        return;
    const QString title = selectedTitle();
    const int currentRow = m_view->currentIndex().row();
    m_undoStack.push(new DeleteWorkshopCommand(m_store, id, title));
    // Keep the keyboard user's place: select the row that moved up into the gap.
    const QModelIndex next = m_model->index(qMin(currentRow, m_model->rowCount() - 1), 0);
    if (next.isValid())
        m_view->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
    emit statusMessage(tr("Deleted “%1”. Press Ctrl+Z to bring it back.").arg(title));
}

void LibraryPage::compareSelected() {
    const QList<qint64> ids = selectedWorkshopIds();
    if (ids.size() != 2)
        return;
    QList<WorkshopSummary> two = m_store.workshopSummaries(ids);
    if (two.size() != 2)
        return; // one is gone; the list is about to catch up
    // Older on the left, as on a product's history: by date, then by id for one date.
    std::sort(two.begin(), two.end(), [](const WorkshopSummary& a, const WorkshopSummary& b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    products()->showComparisonOfWorkshops(two.at(0).id, two.at(1).id);
}

void LibraryPage::openExample() {
    // The example and its revisit, so the product's history shows at once; the full workshop
    // (the older one) opens.
    const auto ids = ExampleWorkshop::createWithRevisit(m_store);
    if (!ids)
        return;
    const qint64 id = ids->first();
    selectWorkshop(id);
    emit openRequested(id);
}
