#include "StageWidgets.h"

#include "Theme.h"
#include "agenda/AgendaPlan.h"
#include "widgets/ElidedLabel.h"
#include "widgets/WrappingLabel.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace StageWidgets {

int labelLayouts() {
    return WrappingLabel::heightLayouts();
}

QLabel* label(const QString& text, QWidget* parent, const char* objectName) {
    auto* l = new WrappingLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    if (objectName)
        l->setObjectName(QLatin1String(objectName));
    return l;
}

void addPageHeader(const PlannedStage& stage, QVBoxLayout* layout, QWidget* page) {
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(label(stage.title, page, "pageTitle"));
    if (!stage.purpose.isEmpty())
        layout->addWidget(label(stage.purpose, page, "pageSubtitle"));
}

QFrame* card(const QString& heading, QWidget* parent, QVBoxLayout** body) {
    auto* frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("card"));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(20, 16, 20, 18);
    layout->setSpacing(8);
    if (!heading.isEmpty())
        layout->addWidget(label(heading, frame, "sectionTitle"));
    if (body)
        *body = layout;
    return frame;
}

QLabel* hint(const QString& text, QWidget* parent) {
    QLabel* l = label(text, parent, "pageSubtitle");
    return l;
}

QLabel* projectorLabel(const QString& text, qreal points, QWidget* parent, QFont::Weight weight) {
    auto* l = label(text, parent);
    l->setFont(Theme::font(std::max(points, ProjectorFloor), weight));
    return l;
}

ElidedLabel* projectorLine(const QString& text, qreal points, QWidget* parent,
                           QFont::Weight weight) {
    auto* l = new ElidedLabel(text, parent);
    l->setFont(Theme::font(std::max(points, ProjectorFloor), weight));
    return l;
}

QSize projectorScreen(const QWidget* inside) {
    return inside ? inside->window()->size() : QSize();
}

bool isCompactProjector(const QWidget* inside) {
    return projectorScreen(inside).height() < CompactProjectorBelowHeight;
}

QFrame* projectorCard(QWidget* parent, bool chosen) {
    auto* frame = new QFrame(parent);
    frame->setObjectName(chosen ? QStringLiteral("projectorCardChosen")
                                : QStringLiteral("projectorCard"));
    frame->setAttribute(Qt::WA_StyledBackground); // AudienceWindow's style sheet draws it
    return frame;
}

} // namespace StageWidgets
