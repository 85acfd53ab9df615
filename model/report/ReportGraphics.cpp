#include "ReportGraphics.h"

#include "NorthStarTreePainter.h"
#include "ReportStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrlQuery>

#include <algorithm>

namespace {

constexpr int TreeObject = QTextFormat::UserObject + 1;
constexpr int BarObject = QTextFormat::UserObject + 2;
enum Property {
    WidthPoints = QTextFormat::UserProperty + 1,
    HeightPoints,
    Value,
    Maximum,
    Leading,
};
const QString Scheme = QStringLiteral("lodestar:");

qreal dpiOf(const QTextDocument* doc) {
    const QPaintDevice* device = doc ? doc->documentLayout()->paintDevice() : nullptr;
    return device ? device->logicalDpiY() : 96.0;
}

} // namespace

ReportGraphics::ReportGraphics(NorthStarTreeLayout tree, QObject* parent)
    : QObject(parent)
    , m_tree(std::move(tree)) {}

QString ReportGraphics::treeTag(qreal widthPoints, qreal heightPoints) {
    return QStringLiteral("<img src=\"%1tree?w=%2&amp;h=%3\" width=\"1\" height=\"1\">")
        .arg(Scheme)
        .arg(widthPoints, 0, 'f', 2)
        .arg(heightPoints, 0, 'f', 2);
}

QString ReportGraphics::barTag(int value, int maximum, bool leading, qreal widthPoints) {
    return QStringLiteral("<img src=\"%1bar?v=%2&amp;m=%3&amp;l=%4&amp;w=%5\" width=\"1\" "
                          "height=\"1\">")
        .arg(Scheme)
        .arg(value)
        .arg(maximum)
        .arg(leading ? 1 : 0)
        .arg(widthPoints, 0, 'f', 2);
}

void ReportGraphics::registerWith(QTextDocument& document) {
    document.documentLayout()->registerHandler(TreeObject, this);
    document.documentLayout()->registerHandler(BarObject, this);
}

void ReportGraphics::replacePlaceholders(QTextDocument& document) {
    // Collect first: changing formats while walking the fragments would split them.
    QList<std::pair<int, QTextCharFormat>> swaps;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            const QString name = fragment.charFormat().toImageFormat().name();
            if (!name.startsWith(Scheme))
                continue;
            const QUrl url(name);
            const QUrlQuery query(url);
            const auto number = [&](const QString& key) {
                return query.queryItemValue(key).toDouble();
            };
            QTextCharFormat format;
            const bool tree = url.path() == QStringLiteral("tree");
            format.setObjectType(tree ? TreeObject : BarObject);
            format.setProperty(WidthPoints, number(QStringLiteral("w")));
            format.setProperty(HeightPoints, tree ? number(QStringLiteral("h")) : 9.0);
            format.setProperty(Value, int(number(QStringLiteral("v"))));
            format.setProperty(Maximum, int(number(QStringLiteral("m"))));
            format.setProperty(Leading, number(QStringLiteral("l")) > 0);
            for (int i = 0; i < fragment.length(); ++i)
                swaps.append({fragment.position() + i, format});
        }
    }
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (const auto& [position, format] : swaps) {
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(format);
    }
    cursor.endEditBlock();
}

QSizeF ReportGraphics::intrinsicSize(QTextDocument* doc, int, const QTextFormat& format) {
    const qreal scale = dpiOf(doc) / 72.0;
    return {format.doubleProperty(WidthPoints) * scale,
            format.doubleProperty(HeightPoints) * scale};
}

void ReportGraphics::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                const QTextFormat& format) {
    if (format.objectType() == TreeObject)
        drawTree(*painter, rect);
    else
        drawBar(*painter, rect, format);
}

void ReportGraphics::drawTree(QPainter& painter, const QRectF& rect) const {
    // The layout is in 96-dpi units; scale it onto the page.
    const qreal scale = rect.width() / std::max<qreal>(1, m_tree.area.width());
    painter.save();
    painter.translate(rect.topLeft());
    painter.scale(scale, scale);
    painter.translate(-m_tree.area.topLeft());
    NorthStarTreePainter::paint(painter, m_tree, TreeColors::print());
    painter.restore();
}

void ReportGraphics::drawBar(QPainter& painter, const QRectF& rect, const QTextFormat& format) {
    const int value = format.intProperty(Value);
    const int maximum = std::max(1, format.intProperty(Maximum));
    const QRectF track = rect.adjusted(0, rect.height() * 0.15, 0, -rect.height() * 0.15);
    const qreal radius = track.height() / 2;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ReportStyle::Paper);
    painter.drawRoundedRect(track, radius, radius);
    if (value > 0) {
        QRectF bar = track;
        bar.setWidth(std::max(track.height(), track.width() * std::min(value, maximum) / maximum));
        painter.setBrush(format.boolProperty(Leading) ? ReportStyle::Star : ReportStyle::Night);
        painter.drawRoundedRect(bar, radius, radius);
    }
    painter.restore();
}
