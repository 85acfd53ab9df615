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
constexpr int GridRowObject = QTextFormat::UserObject + 2;
constexpr int PillsObject = QTextFormat::UserObject + 3;
constexpr int CardObject = QTextFormat::UserObject + 4;
enum Property {
    WidthPoints = QTextFormat::UserProperty + 1,
    HeightPoints,
    Grid,
    Row,
};
const QString Scheme = QStringLiteral("lodestar:");
const QString GridScheme = QStringLiteral("lodestar:grid/");   // lodestar:grid/<grid>/<row>
const QString PillsScheme = QStringLiteral("lodestar:pills/"); // lodestar:pills/<row>
const QString CardScheme = QStringLiteral("lodestar:card/");   // lodestar:card/<card>

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

QString ReportGraphics::addGrid(ReportGrid grid, qreal bottomMarginPoints) {
    const qsizetype index = qsizetype(m_grids.size());
    const auto row = [&](int r) {
        return QStringLiteral("<tr><td><img src=\"%1%2/%3\" width=\"1\" height=\"1\"></td></tr>")
            .arg(GridScheme)
            .arg(index)
            .arg(r);
    };
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                                  "style=\"%1\">")
                       .arg(grid.ruled() ? ReportStyle::gridMargins(bottomMarginPoints)
                                         : QStringLiteral("margin-bottom: %1;")
                                               .arg(ReportStyle::px(bottomMarginPoints)));
    if (grid.hasHeader())
        html += QStringLiteral("<thead>") + row(-1) + QStringLiteral("</thead>");
    for (int r = 0; r < grid.rowCount(); ++r)
        html += row(r);
    m_grids.push_back(std::move(grid));
    return html + QStringLiteral("</table>");
}

QString ReportGraphics::addPills(PillRow pills) {
    m_pills.push_back(std::move(pills));
    return QStringLiteral("<img src=\"%1%2\" width=\"1\" height=\"1\">")
        .arg(PillsScheme)
        .arg(m_pills.size() - 1);
}

void ReportGraphics::setPage(QPaintDevice* device, qreal width, qreal tall) {
    m_device = device;
    m_width = width;
    m_tall = tall;
}

QString ReportGraphics::addCards(const QStringList& cards) {
    if (!m_device || cards.isEmpty())
        return cards.join(QString());
    m_cards = std::make_unique<CardDeck>(cards, m_device, m_width, *this);
    QString html;
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const qreal height = m_cards->height(int(i));
        if (height <= 0 || height >= m_tall)
            html += cards.at(i);
        else
            html += QStringLiteral("<p style=\"margin-top: 0px; margin-bottom: 0px;\">"
                                   "<img src=\"%1%2\" width=\"1\" height=\"1\"></p>")
                        .arg(CardScheme)
                        .arg(i);
    }
    return html;
}

void ReportGraphics::registerWith(QTextDocument& document) {
    document.documentLayout()->registerHandler(CardObject, this);
    document.documentLayout()->registerHandler(PillsObject, this);
    document.documentLayout()->registerHandler(TreeObject, this);
    document.documentLayout()->registerHandler(GridRowObject, this);
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
            const bool pills = name.startsWith(PillsScheme);
            const bool card = name.startsWith(CardScheme);
            if (pills || card || name.startsWith(GridScheme)) {
                const QString& scheme = pills ? PillsScheme : card ? CardScheme : GridScheme;
                const QStringList parts = name.mid(scheme.size()).split(u'/');
                QTextCharFormat format;
                format.setObjectType(pills ? PillsObject : card ? CardObject : GridRowObject);
                format.setProperty(Grid, parts.value(0).toInt());
                format.setProperty(Row, parts.value(1).toInt());
                for (int i = 0; i < fragment.length(); ++i)
                    swaps.append({fragment.position() + i, format});
                continue;
            }
            const QUrl url(name);
            const QUrlQuery query(url);
            const auto number = [&](const QString& key) {
                return query.queryItemValue(key).toDouble();
            };
            if (url.path() != QStringLiteral("tree"))
                continue;
            QTextCharFormat format;
            format.setObjectType(TreeObject);
            format.setProperty(WidthPoints, number(QStringLiteral("w")));
            format.setProperty(HeightPoints, number(QStringLiteral("h")));
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
    if (format.objectType() == CardObject) {
        const qreal height = m_cards ? m_cards->height(format.intProperty(Grid)) : -1;
        // A hair narrower than the text, so rounding never makes it overflow the line.
        return height > 0 ? QSizeF(m_width - 1, height) : QSizeF();
    }
    if (format.objectType() == PillsObject) {
        const qsizetype pills = format.intProperty(Grid);
        if (pills < 0 || pills >= qsizetype(m_pills.size()))
            return {};
        return m_pills[pills].size(doc->documentLayout()->paintDevice());
    }
    if (format.objectType() == GridRowObject) {
        const qsizetype grid = format.intProperty(Grid);
        if (grid < 0 || grid >= qsizetype(m_grids.size()))
            return {};
        return m_grids[grid].rowSize(format.intProperty(Row), doc->documentLayout()->paintDevice());
    }
    const qreal scale = dpiOf(doc) / 72.0;
    return {format.doubleProperty(WidthPoints) * scale,
            format.doubleProperty(HeightPoints) * scale};
}

void ReportGraphics::drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int,
                                const QTextFormat& format) {
    if (format.objectType() == TreeObject) {
        drawTree(*painter, rect);
        return;
    }
    const qsizetype index = format.intProperty(Grid);
    if (format.objectType() == CardObject) {
        if (m_cards)
            m_cards->draw(*painter, int(index), rect.topLeft());
        return;
    }
    if (format.objectType() == PillsObject) {
        if (index >= 0 && index < qsizetype(m_pills.size()))
            m_pills[index].paint(*painter, rect.topLeft(), doc->documentLayout()->paintDevice());
        return;
    }
    const qsizetype grid = index;
    if (grid >= 0 && grid < qsizetype(m_grids.size()))
        m_grids[grid].paintRow(*painter, format.intProperty(Row), rect.topLeft(),
                               doc->documentLayout()->paintDevice());
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
