#include "GeneralStagePage.h"

#include "agenda/AgendaPlan.h"

#include <QLabel>
#include <QVBoxLayout>

GeneralStagePage::GeneralStagePage(const PlannedStage& stage, QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("generalStagePage"));
    auto* title = new QLabel(stage.title, this);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setWordWrap(true);
    title->setTextFormat(Qt::PlainText);
    auto* purpose = new QLabel(stage.purpose, this);
    purpose->setWordWrap(true);
    purpose->setTextFormat(Qt::PlainText);
    auto* shownLabel = new QLabel(tr("The room sees:"), this);
    shownLabel->setObjectName(QStringLiteral("sectionTitle"));
    auto* prompt = new QLabel(stage.prompt, this);
    prompt->setWordWrap(true);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setStyleSheet(QStringLiteral("font-size: 16pt;"));
    auto* minutes = new QLabel(tr("%1 minutes planned").arg(stage.plannedMinutes), this);
    minutes->setObjectName(QStringLiteral("pageSubtitle"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(minutes);
    layout->addWidget(purpose);
    layout->addSpacing(16);
    layout->addWidget(shownLabel);
    layout->addWidget(prompt);
    layout->addStretch();
}
