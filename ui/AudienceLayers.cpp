#include "AudienceWindow.h"

#include "AudienceStyle.h"
#include "playbook/Playbook.h"
#include "room/JoinCard.h"
#include "session/WorkshopSession.h"

#include <QGridLayout>
#include <QStackedLayout>
#include <QVBoxLayout>

// The projector's layers over the stage: the blank screen (B), the North Star checklist (C),
// the examples others chose (E) and how to join the room (J). At most one shows at a time.

using namespace AudienceStyle;

void AudienceWindow::setChecklist(const QList<std::pair<QString, QString>>& criteria) {
    QString html = QStringLiteral("<p style='font-size:%1pt; font-weight:700'>%2</p><ol>")
                       .arg(TitlePoints)
                       .arg(tr("The North Star checklist").toHtmlEscaped());
    for (const auto& [title, meaning] : criteria)
        html += QStringLiteral("<li style='margin-bottom:10px'><b>%1</b> — %2</li>")
                    .arg(title.toHtmlEscaped(), meaning.toHtmlEscaped());
    html += QStringLiteral("</ol>");
    m_checklist->setText(html);
}

WorkshopSession::Projector AudienceWindow::shown() const {
    return m_session ? m_session->projector() : WorkshopSession::Projector{};
}

bool AudienceWindow::isJoinShown() const {
    return shown().join && !m_joinLayer->invitation().isNull();
}

void AudienceWindow::setBlank(bool blank) {
    if (m_session)
        m_session->showOnProjector(WorkshopSession::Layer::Blank, blank);
}

void AudienceWindow::setChecklistShown(bool shown) {
    if (m_session)
        m_session->showOnProjector(WorkshopSession::Layer::Checklist, shown);
}

void AudienceWindow::setExamplesShown(bool shown) {
    if (m_session)
        m_session->showOnProjector(WorkshopSession::Layer::Examples, shown);
}

void AudienceWindow::setJoinShown(bool shown) {
    if (m_session && (!shown || !m_joinLayer->invitation().isNull()))
        m_session->showOnProjector(WorkshopSession::Layer::Join, shown);
}

void AudienceWindow::setInvitation(const JoinInvitation& invitation) {
    m_joinLayer->setInvitation(invitation);
    if (invitation.isNull())
        setJoinShown(false); // the room closed: nothing left to join
    showLayer();
}

void AudienceWindow::showLayer() {
    const WorkshopSession::Projector now = shown();
    m_layers->setCurrentWidget(now.blank       ? m_blankLayer
                               : now.checklist ? m_checklistLayer
                               : now.examples  ? m_examplesLayer
                               : isJoinShown() ? static_cast<QWidget*>(m_joinLayer)
                                               : m_stageLayer);
}

QWidget* AudienceWindow::createExamplesLayer() {
    // The cheat sheet, for the room: a few North Stars other companies chose, each in a few
    // words (about 40 words in all). The console's examples dialog has the full wording,
    // the inputs and the story behind each one.
    auto* layer = new QWidget(this);
    layer->setObjectName(QStringLiteral("projectorExamples"));
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(56);
    grid->setVerticalSpacing(28);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const ReferenceExample& example : Playbook::standard().projectorExamples()) {
        QLabel* company =
            projectorLabel(layer, ExampleCompanyPoints, QFont::DemiBold, "projectorExampleCompany");
        company->setText(example.company);
        company->setWordWrap(false);
        QLabel* metric =
            projectorLabel(layer, ExampleMetricPoints, QFont::Normal, "projectorExample");
        metric->setText(example.projectorLine);
        grid->addWidget(company, row, 0, Qt::AlignLeft | Qt::AlignBaseline);
        grid->addWidget(metric, row, 1, Qt::AlignBaseline);
        ++row;
    }
    QLabel* title = projectorLabel(layer, TitlePoints, QFont::Bold, "projectorExamplesTitle");
    title->setText(tr("North Stars others chose"));
    auto* layout = new QVBoxLayout(layer);
    layout->setContentsMargins(96, 56, 96, 56);
    layout->setSpacing(48);
    layout->addWidget(title);
    layout->addLayout(grid);
    layout->addStretch();
    return layer;
}
