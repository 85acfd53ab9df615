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

void AudienceWindow::setBlank(bool blank) {
    m_blank = blank;
    if (blank)
        m_checklistShown = m_examplesShown = m_joinShown = false;
    showLayer();
}

void AudienceWindow::setChecklistShown(bool shown) {
    m_checklistShown = shown;
    if (shown)
        m_blank = m_examplesShown = m_joinShown = false;
    showLayer();
}

void AudienceWindow::setExamplesShown(bool shown) {
    m_examplesShown = shown;
    if (shown)
        m_blank = m_checklistShown = m_joinShown = false;
    showLayer();
}

void AudienceWindow::setJoinShown(bool shown) {
    m_joinShown = shown && !m_joinLayer->invitation().isNull();
    if (m_joinShown)
        m_blank = m_checklistShown = m_examplesShown = false;
    showLayer();
}

void AudienceWindow::setInvitation(const JoinInvitation& invitation) {
    m_joinLayer->setInvitation(invitation);
    if (invitation.isNull() && m_joinShown)
        setJoinShown(false); // the room closed: nothing left to join
}

void AudienceWindow::showLayer() {
    m_layers->setCurrentWidget(m_blank            ? m_blankLayer
                               : m_checklistShown ? m_checklistLayer
                               : m_examplesShown  ? m_examplesLayer
                               : m_joinShown      ? static_cast<QWidget*>(m_joinLayer)
                                                  : m_stageLayer);
    if (m_session)
        m_session->setProjector({m_blank, m_checklistShown, m_examplesShown, m_joinShown});
    emit blankChanged(m_blank);
    emit checklistShownChanged(m_checklistShown);
    emit examplesShownChanged(m_examplesShown);
    emit joinShownChanged(m_joinShown);
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
