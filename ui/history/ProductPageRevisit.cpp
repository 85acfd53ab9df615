// ProductPage: "Revisit this North Star" — the workshop a revisit starts from, and the
// new-workshop dialog that creates it.
#include "ProductPage.h"

#include "NewWorkshopDialog.h"
#include "UserText.h"
#include "history/RevisitSeed.h"
#include "playbook/Playbook.h"
#include "storage/WorkshopStore.h"

qint64 ProductPage::revisitSource() const {
    for (const NorthStarRecord& record : m_history)
        if (record.hasNorthStar())
            return record.workshopId;
    return 0;
}

void ProductPage::revisitNorthStar() {
    const qint64 source = revisitSource();
    QString error;
    const std::optional<RevisitPlan> plan =
        source ? RevisitSeed::propose(m_store, source, Playbook::standard().revisit(), &error)
               : std::nullopt;
    if (!plan) {
        emit statusMessage(error.isEmpty() ? tr("No workshop of this product has chosen a North "
                                                "Star yet, so there is nothing to revisit.")
                                           : error);
        return;
    }
    auto* dialog = new NewWorkshopDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->prefill(plan->workshop, plan->participants, tr("Revisit this North Star"));
    connect(dialog, &QDialog::accepted, this, [this, dialog, plan = *plan]() mutable {
        const Workshop edited = dialog->workshop();
        plan.workshop.title = edited.title;
        plan.workshop.facilitator = edited.facilitator;
        plan.workshop.vision = edited.vision;
        plan.workshop.agendaMinutes = edited.agendaMinutes;
        plan.participants = dialog->participants();
        const std::optional<qint64> id = m_store.createRevisit(plan);
        if (!id)
            return; // the store reported why through writeFailed
        emit statusMessage(tr("Started “%1”, a revisit of “%2”.")
                               .arg(UserText::isolate(plan.workshop.title),
                                    UserText::isolate(plan.incumbent.name)));
        emit openRequested(*id);
    });
    dialog->open();
    emit revisitDialogOpened(dialog);
}
