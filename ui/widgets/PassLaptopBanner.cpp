#include "PassLaptopBanner.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

PassLaptopBanner::PassLaptopBanner(QWidget* parent)
    : QFrame(parent)
    , m_leave(new QPushButton(tr("Leave pass-the-laptop mode…"), this)) {
    setObjectName(QStringLiteral("passLaptopBanner"));
    const QColor star = Theme::color(Theme::Role::Star);
    setStyleSheet(QStringLiteral("QFrame#passLaptopBanner { background: rgba(%1, %2, %3, 0.2); "
                                 "border-bottom: 2px solid %4; } QLabel { color: %5; }")
                      .arg(star.red())
                      .arg(star.green())
                      .arg(star.blue())
                      .arg(star.name(), Theme::color(Theme::Role::Ink).name()));
    auto* text = new QLabel(tr("Pass-the-laptop mode: the facilitator's notes, running tallies "
                               "and other people's cards are hidden on this laptop."),
                            this);
    text->setObjectName(QStringLiteral("passLaptopText"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    QFont bold = text->font();
    bold.setWeight(QFont::DemiBold);
    text->setFont(bold);
    m_leave->setObjectName(QStringLiteral("leavePassLaptop"));
    m_leave->setAccessibleName(tr("Leave pass-the-laptop mode (asks first)"));
    m_leave->setFocusPolicy(Qt::TabFocus);
    connect(m_leave, &QPushButton::clicked, this, &PassLaptopBanner::leaveRequested);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 8, 24, 8);
    layout->addWidget(text, 1);
    layout->addWidget(m_leave);
    setAccessibleName(tr("Pass-the-laptop mode is on"));
}
