#pragma once
// Undoable edits of a product across the library, pushed on the library's undo stack like
// the other LibraryCommands. A product is the name its workshops share (ProductName::key),
// so renaming or merging one rewrites the product of many workshops. Each command records
// every workshop's spelling the first time it runs and undo puts those back exactly (" meal
// KIT" stays " meal KIT"); redo after undo rewrites the same workshops, not whatever has the
// name by then. Each step touches only the workshops still as this command left them: a
// workshop given another product meanwhile keeps it. A write the store refuses drops the
// command from the history (obsolete) and the store's writeFailed() tells the facilitator
// why.
#include "domain/NorthStarRecord.h"

#include <QUndoCommand>

class WorkshopStore;

class ProductNameCommand : public QUndoCommand {
public:
    // Every workshop of the product with key `fromKey` gets the product `newName` (tidied).
    static ProductNameCommand* rename(WorkshopStore& store, const ProductSummary& product,
                                      const QString& newName);
    // Every workshop of `source` joins `target`, under the target's name.
    static ProductNameCommand* merge(WorkshopStore& store, const ProductSummary& source,
                                     const ProductSummary& target);

    void redo() override;
    void undo() override;
    QString newName() const { return m_newName; }

private:
    ProductNameCommand(WorkshopStore& store, const QString& text, QString fromKey, QString newName);
    QList<qint64> ids() const; // the workshops this command renames

    WorkshopStore& m_store;
    QString m_fromKey;
    QString m_newName;
    QList<ProductSpelling> m_before; // empty until the first redo
};

// The team's note on why its North Star changed (or was kept), on one workshop.
class ChangeNoteCommand : public QUndoCommand {
public:
    ChangeNoteCommand(WorkshopStore& store, qint64 workshopId, const QString& workshopTitle,
                      QString before, QString after);
    void redo() override;
    void undo() override;

private:
    WorkshopStore& m_store;
    qint64 m_workshopId;
    QString m_before;
    QString m_after;
};
