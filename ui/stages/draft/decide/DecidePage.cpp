#include "DecidePage.h"
#include "domain/StageKeys.h"

#include "DecideData.h"
#include "DotVotePanel.h"
#include "MatrixPanel.h"
#include "agenda/AgendaPlan.h"
#include "agenda/AgendaRunner.h"
#include "stages/common/PassTheLaptop.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/CandidateText.h"
#include "storage/WorkshopStore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QVBoxLayout>

DecidePage::DecidePage(const PlannedStage& stage, StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context) {
    setObjectName(QStringLiteral("decidePage"));
    ensureCriteria(context);
    auto* layout = new QVBoxLayout(this);
    StageWidgets::addPageHeader(stage, layout, this);

    m_matrix = new MatrixPanel(context, this);
    m_vote = new DotVotePanel(context, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("decideTabs"));
    m_tabs->setAccessibleName(tr("Decision matrix or dot vote"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_matrix, tr("Decision &matrix"));
    m_tabs->addTab(m_vote, tr("&Dot vote"));
    m_tabs->setCurrentIndex(int(DecideData::focus(context.store, context.workshopId)));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(createLeadersCard());

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // The tab open here is what the room sees; a preview (--grab) only looks.
        if (!m_context.runner.isPreview())
            m_context.store.setStageFocus(
                m_context.workshopId, StageKeys::Decide,
                index == int(DecideData::Focus::Vote)
                    ? DecideData::voteFocus(m_vote->ballot()->currentRow())
                    : index);
        if (QWidget* panel = m_tabs->currentWidget())
            panel->setFocus();
    });
    connect(&m_context.store, &WorkshopStore::changed, this,
            [this](const WorkshopChanges& changes) {
                const qint64 id = m_context.workshopId;
                if (changes.has(id, ChangeKind::Score | ChangeKind::Vote | ChangeKind::Candidate |
                                        ChangeKind::Workshop) ||
                    changes.hasStage(id, StageKeys::Decide, ChangeKind::StageState))
                    refreshLeaders();
            });
    if (m_context.passTheLaptop)
        connect(m_context.passTheLaptop, &PassTheLaptop::changed, this,
                &DecidePage::refreshLeaders);
    refreshLeaders();
    setFocusProxy(m_tabs->currentWidget());
}

void DecidePage::ensureCriteria(StageContext& context) {
    if (context.runner.isPreview() || !context.store.matrixCriteria(context.workshopId).isEmpty())
        return;
    context.store.replaceMatrix(context.workshopId, DecisionMatrix::standardCriteria(), {});
}

QWidget* DecidePage::createLeadersCard() {
    QVBoxLayout* body = nullptr;
    QFrame* frame = StageWidgets::card({}, this, &body);
    m_matrixLeader = StageWidgets::label({}, frame, "matrixLeader");
    m_voteLeader = StageWidgets::label({}, frame, "voteLeader");
    auto* row = new QHBoxLayout;
    row->setSpacing(24);
    for (auto [title, label] : {std::pair{tr("Matrix leads"), m_matrixLeader},
                                std::pair{tr("Vote leads"), m_voteLeader}}) {
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(StageWidgets::label(title, frame, "sectionTitle"));
        label->setStyleSheet(QStringLiteral("font-size: 13pt;"));
        column->addWidget(label);
        column->addStretch();
        row->addLayout(column, 1);
    }
    body->addLayout(row);
    return frame;
}

void DecidePage::refreshLeaders() {
    const QList<Candidate> survivors = DecideData::survivors(m_context.store, m_context.workshopId);
    const QHash<qint64, QString> names = CandidateText::names(survivors);
    const auto join = [&names](const QList<qint64>& ids) {
        QStringList list;
        for (qint64 id : ids)
            list << names.value(id);
        return list.join(QStringLiteral(" · "));
    };
    const DecisionMatrix matrix =
        DecideData::matrix(m_context.store, m_context.workshopId, survivors);
    const QList<qint64> matrixLeaders = matrix.leaders();
    if (matrixLeaders.isEmpty())
        m_matrixLeader->setText(tr("Not scored yet"));
    else if (matrixLeaders.size() == 1)
        m_matrixLeader->setText(tr("★ %1 — %2 of %3")
                                    .arg(join(matrixLeaders),
                                         QString::number(matrix.total(matrixLeaders.first())),
                                         QString::number(matrix.maxTotal())));
    else
        m_matrixLeader->setText(
            tr("Tie: %1 — %2 each")
                .arg(join(matrixLeaders), QString::number(matrix.total(matrixLeaders.first()))));

    const DotVote vote = DecideData::dotVote(m_context.store, m_context.workshopId);
    const QList<qint64> ids = CandidateText::ids(survivors);
    const QList<qint64> voteLeaders = vote.leaders(ids);
    const bool closed = DecideData::voteClosed(m_context.store, m_context.workshopId);
    if (!closed && m_context.passingLaptop()) {
        m_voteLeader->setText(tr("Hidden until the vote closes: the laptop is going round"));
        return;
    }
    int most = 0;
    for (const DotTally& t : vote.tally(ids))
        most = std::max(most, t.dots);
    const QString dots = most == 1 ? tr("1 dot") : tr("%1 dots").arg(most);
    QString text;
    if (voteLeaders.isEmpty())
        text = tr("No dots yet");
    else if (voteLeaders.size() == 1)
        text = tr("★ %1 — %2").arg(join(voteLeaders), dots);
    else
        text = tr("Tie: %1 — %2 each").arg(join(voteLeaders), dots);
    if (!closed && !voteLeaders.isEmpty())
        text += tr(" (vote still open)");
    m_voteLeader->setText(text);
}
