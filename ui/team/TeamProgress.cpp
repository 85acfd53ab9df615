#include "TeamProgress.h"

#include "TeamClient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

TeamProgress::TeamProgress(TeamClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_label(new QLabel(this)) {
    setObjectName(QStringLiteral("teamProgress"));
    auto* bar = new QProgressBar(this);
    bar->setRange(0, 0); // how long the server takes is unknown
    bar->setMaximumWidth(80);
    bar->setTextVisible(false);
    bar->setAccessibleName(tr("Waiting for the team library"));
    m_label->setObjectName(QStringLiteral("teamProgressText"));
    m_label->setTextFormat(Qt::PlainText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(bar);
    layout->addWidget(m_label);
    connect(&m_client, &TeamClient::busyChanged, this, &TeamProgress::update);
    connect(&m_client, &TeamClient::runningChanged, this, &TeamProgress::update);
    update();
}

QString TeamProgress::text() const {
    return m_label->text();
}

void TeamProgress::update() {
    m_label->setText(m_client.activity());
    setAccessibleName(m_label->text());
    setVisible(m_client.isBusy());
}
