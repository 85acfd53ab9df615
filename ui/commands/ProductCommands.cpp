#include "ProductCommands.h"

#include "UserText.h"
#include "domain/ProductName.h"
#include "storage/WorkshopStore.h"

#include <QCoreApplication>

namespace {
class ProductCommandsText {
    Q_DECLARE_TR_FUNCTIONS(ProductCommands)
};

QString shown(const QString& product) {
    return product.isEmpty() ? ProductCommandsText::tr("no product") : UserText::isolate(product);
}
} // namespace

ProductNameCommand* ProductNameCommand::rename(WorkshopStore& store, const ProductSummary& product,
                                               const QString& newName) {
    const QString tidy = ProductName::tidy(newName);
    return new ProductNameCommand(store,
                                  ProductCommandsText::tr("rename product “%1” to “%2”")
                                      .arg(shown(product.name), shown(tidy)),
                                  product.key, tidy);
}

ProductNameCommand* ProductNameCommand::merge(WorkshopStore& store, const ProductSummary& source,
                                              const ProductSummary& target) {
    return new ProductNameCommand(store,
                                  ProductCommandsText::tr("merge product “%1” into “%2”")
                                      .arg(shown(source.name), shown(target.name)),
                                  source.key, target.name);
}

ProductNameCommand::ProductNameCommand(WorkshopStore& store, const QString& text, QString fromKey,
                                       QString newName)
    : QUndoCommand(text)
    , m_store(store)
    , m_fromKey(std::move(fromKey))
    , m_newName(std::move(newName)) {}

QList<qint64> ProductNameCommand::ids() const {
    QList<qint64> ids;
    for (const ProductSpelling& spelling : m_before)
        ids.append(spelling.workshopId);
    return ids;
}

void ProductNameCommand::redo() {
    const bool first = m_before.isEmpty();
    if (first)
        m_before = m_store.productSpellings(m_fromKey);
    // After an undo: only the workshops still spelt as they were before this command.
    QList<ProductSpelling> after;
    const QList<ProductSpelling> now = first ? m_before : m_store.productSpellingsOf(ids());
    for (const ProductSpelling& spelling : now)
        if (spelling.product != m_newName && m_before.contains(spelling))
            after.append({spelling.workshopId, m_newName});
    // Nothing to rename (the product is gone, or already spelt so): no step in the history.
    if (after.isEmpty()) {
        if (first)
            setObsolete(true);
        return;
    }
    if (!m_store.setProducts(after))
        setObsolete(true);
}

void ProductNameCommand::undo() {
    // Only the workshops that still carry the name this command gave them.
    QList<ProductSpelling> back;
    const QList<ProductSpelling> now = m_store.productSpellingsOf(ids());
    for (const ProductSpelling& spelling : m_before)
        if (now.contains(ProductSpelling{spelling.workshopId, m_newName}))
            back.append(spelling);
    if (!m_store.setProducts(back))
        setObsolete(true);
}

ChangeNoteCommand::ChangeNoteCommand(WorkshopStore& store, qint64 workshopId,
                                     const QString& workshopTitle, QString before, QString after)
    : m_store(store)
    , m_workshopId(workshopId)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    setText(ProductCommandsText::tr("note on why the North Star changed in “%1”")
                .arg(UserText::isolate(workshopTitle)));
}

void ChangeNoteCommand::redo() {
    if (m_before == m_after || !m_store.setChangeNote(m_workshopId, m_after))
        setObsolete(true);
}

void ChangeNoteCommand::undo() {
    if (!m_store.setChangeNote(m_workshopId, m_before))
        setObsolete(true);
}
