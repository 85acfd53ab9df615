#include "LayoutCheck.h"
#include "widgets/NorthStarTreeView.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QFontMetrics>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocument>
#include <QWidget>

namespace LayoutCheck {

namespace {

// Rounding in font metrics and layouts: a pixel either way is not a visible cut.
constexpr int Slack = 2;

QString describe(const QWidget* widget) {
    QString text;
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        text = label->text();
    else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        text = button->text();
    text = text.simplified();
    if (text.size() > 40)
        text = text.left(39) + u'…';
    QString path;
    for (const QWidget* w = widget; w && !w->isWindow(); w = w->parentWidget())
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(u"qt_")) {
            path = w->objectName();
            break;
        }
    return QStringLiteral("%1%2%3 at %4,%5 %6×%7")
        .arg(QLatin1String(widget->metaObject()->className()),
             path.isEmpty() ? QString() : QStringLiteral(" #") + path,
             text.isEmpty() ? QString() : QStringLiteral(" “%1”").arg(text))
        .arg(widget->mapTo(widget->window(), QPoint(0, 0)).x())
        .arg(widget->mapTo(widget->window(), QPoint(0, 0)).y())
        .arg(widget->width())
        .arg(widget->height());
}

bool isRichText(const QLabel* label) {
    return label->textFormat() == Qt::RichText ||
           (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

// The size the label's text needs, laid out as the label lays it out.
QSize neededSize(const QLabel* label, const QRect& room) {
    if (isRichText(label)) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setDocumentMargin(0);
        document.setHtml(label->text());
        if (label->wordWrap())
            document.setTextWidth(room.width());
        return {qCeil(label->wordWrap() ? document.size().width() : document.idealWidth()),
                qCeil(document.size().height())};
    }
    const QFontMetrics metrics(label->font());
    if (label->wordWrap())
        return metrics
            .boundingRect(QRect(0, 0, room.width(), 1 << 20), Qt::TextWordWrap | Qt::AlignLeft,
                          label->text())
            .size();
    return metrics.size(0, label->text());
}

void checkLabel(const QLabel* label, QStringList* out) {
    if (label->text().trimmed().isEmpty())
        return;
    const int margin = label->margin();
    const QRect room = label->contentsRect().adjusted(margin, margin, -margin, -margin);
    const QSize need = neededSize(label, room);
    if (need.width() > room.width() + Slack || need.height() > room.height() + Slack)
        *out << QStringLiteral("text cut: %1 needs %2×%3")
                    .arg(describe(label))
                    .arg(need.width())
                    .arg(need.height());
}

void checkButton(const QAbstractButton* button, QStringList* out) {
    if (button->text().trimmed().isEmpty())
        return;
    const QSize need = button->sizeHint();
    const QFontMetrics metrics(button->font());
    if (button->width() + Slack < need.width() || button->height() + Slack < metrics.height())
        *out << QStringLiteral("text cut: %1 needs %2×%3")
                    .arg(describe(button))
                    .arg(need.width())
                    .arg(need.height());
}

// A plain frame with nothing in it is a decoration drawn behind other widgets on purpose
// (the leader's highlight band in a table), not something that can be covered.
bool isBackdrop(const QWidget* widget) {
    const QByteArray type = widget->metaObject()->className();
    return (type == "QFrame" || type == "QWidget") &&
           widget->findChildren<QWidget*>(Qt::FindDirectChildrenOnly).isEmpty();
}

bool isScrollViewport(const QWidget* widget) {
    const auto* area = qobject_cast<const QAbstractScrollArea*>(widget->parentWidget());
    return area && area->viewport() == widget;
}

void walk(QWidget* widget, QStringList* out) {
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        checkLabel(label, out);
    else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        checkButton(button, out);
    if (const auto* area = qobject_cast<const QAbstractScrollArea*>(widget)) {
        if (area->horizontalScrollBar()->isVisible() &&
            area->horizontalScrollBar()->maximum() > 0 && !widget->inherits("QAbstractItemView"))
            *out << QStringLiteral("scrolls sideways: %1").arg(describe(widget));
    }
    if (const auto* area = qobject_cast<const QScrollArea*>(widget);
        area && area->widget() && area->widget()->isVisible() &&
        area->widget()->width() > area->viewport()->width() + Slack)
        *out << QStringLiteral("content wider than its scroll area (%1 > %2): %3")
                    .arg(area->widget()->width())
                    .arg(area->viewport()->width())
                    .arg(describe(widget));
    if (qobject_cast<QComboBox*>(widget) || widget->inherits("QAbstractSpinBox"))
        return; // their insides are the style's business

    QList<QWidget*> children;
    for (QObject* object : widget->children()) {
        auto* child = qobject_cast<QWidget*>(object);
        if (child && !child->isWindow() && child->isVisible() && !child->size().isEmpty())
            children << child;
    }
    const bool viewport = isScrollViewport(widget);
    const bool scrollArea = qobject_cast<QAbstractScrollArea*>(widget) != nullptr;
    const QRect inside = widget->rect().adjusted(-Slack, -Slack, Slack, Slack);
    for (int i = 0; i < children.size(); ++i) {
        QWidget* child = children[i];
        if (!viewport && !scrollArea && !inside.contains(child->geometry()))
            *out << QStringLiteral("outside its parent %1: %2")
                        .arg(QLatin1String(widget->metaObject()->className()), describe(child));
        for (int j = i + 1; j < children.size() && !viewport && !scrollArea; ++j) {
            if (isBackdrop(child) || isBackdrop(children[j]))
                continue;
            const QRect overlap = child->geometry().intersected(children[j]->geometry());
            if (overlap.width() > Slack && overlap.height() > Slack)
                *out << QStringLiteral("overlap: %1 and %2")
                            .arg(describe(child), describe(children[j]));
        }
        walk(child, out);
    }
}

} // namespace

QStringList problems(QWidget* window) {
    QStringList out;
    walk(window, &out);
    return out;
}

QStringList textSmallerThan(QWidget* window, qreal points) {
    QStringList out;
    // At the offscreen platform's 96 dpi a point is 4/3 of a pixel.
    const qreal pixels = points * window->logicalDpiY() / 72.0;
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().trimmed().isEmpty())
            continue;
        const QFont font = label->font();
        const qreal size = font.pixelSize() > 0 ? font.pixelSize()
                                                : font.pointSizeF() * window->logicalDpiY() / 72.0;
        if (size + 0.5 < pixels)
            out << QStringLiteral("text below %1 pt: %2 at %3 pt")
                       .arg(points)
                       .arg(describe(label))
                       .arg(size * 72.0 / window->logicalDpiY(), 0, 'f', 1);
    }
    // Painted text: the North Star tree reports the smallest size it drew.
    for (NorthStarTreeView* tree : window->findChildren<NorthStarTreeView*>()) {
        if (!tree->isVisible())
            continue;
        const int smallest = tree->treeLayout().smallestPixelSize();
        if (smallest > 0 && smallest + 0.5 < pixels)
            out << QStringLiteral("text below %1 pt: %2 at %3 pt")
                       .arg(points)
                       .arg(describe(tree))
                       .arg(smallest * 72.0 / window->logicalDpiY(), 0, 'f', 1);
    }
    return out;
}

} // namespace LayoutCheck
