#include "NorthStarTreeLayout.h"

#include "TreeAttempt.h"
#include "TreeTextWrap.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>

namespace {

using TreeAttempt::InputSize;
using TreeAttempt::Mode;
using TreeAttempt::Result;
using TreeTextWrap::Overflow;
using TreeTextWrap::wrap;
using TreeTextWrap::Wrapped;

// Text sizes relative to the label size `u`, chosen so the metric reads first, the inputs
// second and the small print last.
constexpr qreal KickerSize = 0.78, DefinitionSize = 0.95, ChipSize = 0.8;
constexpr qreal ResultsSize = 1.0, PatternSize = 0.72, SmallSize = 0.8;
constexpr qreal GuardrailSize = 1.0;

// Builds one attempt at a given label size, noting words wider than their box and text
// that wraps to more lines than is comfortable.
class Attempt {
public:
    Attempt(const QFont& base, qreal u, const Mode& mode)
        : m_base(base)
        , m_u(u)
        , m_overflow(mode.overflow)
        , m_floor(int(std::ceil(mode.floor - 0.01))) {}

    QFont font(qreal ratio, QFont::Weight weight) const {
        QFont f(m_base);
        f.setPixelSize(std::max({1, m_floor, int(std::lround(ratio * m_u))}));
        f.setWeight(weight);
        return f;
    }
    // Small capitals-style labels (kicker, patterns) read better slightly spaced.
    QFont label(qreal ratio) const {
        QFont f = font(ratio, QFont::Bold);
        f.setLetterSpacing(QFont::PercentageSpacing, 108);
        return f;
    }

    // A text block `width` wide at the origin; place() moves it later.
    TreeText text(const QString& content, const QFont& font, qreal width, TreeTextRole role,
                  int maxLines = 0) {
        const QFontMetricsF fm(font);
        const Wrapped w = wrap(content, fm, width, m_overflow, maxLines);
        m_brokeWord = m_brokeWord || w.brokeWord;
        TreeText t;
        t.text = content;
        t.lines = w.lines;
        t.font = font;
        t.lineHeight = fm.lineSpacing();
        t.role = role;
        t.elided = w.elided;
        t.rect = QRectF(0, 0, width, t.lineHeight * std::max<qsizetype>(1, w.lines.size()));
        return t;
    }

    bool brokeWord() const { return m_brokeWord; }
    // More lines than comfortable somewhere: fine at the base size, not worth growing for.
    bool crowded() const { return m_crowded; }
    void noteLines(const TreeText& text, int comfortable) {
        m_crowded = m_crowded || text.lines.size() > comfortable;
    }

private:
    QFont m_base;
    qreal m_u;
    Overflow m_overflow;
    int m_floor;
    bool m_brokeWord = false;
    bool m_crowded = false;
};

TreeText placed(TreeText t, qreal x, qreal y) {
    t.rect.moveTo(x, y);
    return t;
}

} // namespace

namespace TreeAttempt {

Result attempt(const NorthStarTree& tree, const QRectF& area, const QFont& base, qreal u,
               const Mode& mode) {
    using L = NorthStarTreeLayout;
    Attempt a(base, u, mode);
    const Overflow overflow = mode.overflow;
    const bool elide = overflow == Overflow::Elide;
    const int defLines = elide ? (mode.detailLines > 0 ? mode.detailLines : 2) : 0;
    const int nameLines = elide ? (mode.nameLines > 0 ? mode.nameLines : 3) : 0;
    const qreal margin =
        std::max(4.0, (mode.compact ? 0.02 : 0.035) * std::min(area.width(), area.height()));
    const qreal cw = area.width() - 2 * margin;
    const qreal pad = (mode.tightGaps ? 0.5 : mode.compact ? 0.65 : 0.75) * u, gap = 0.3 * u;
    const qsizetype n = tree.inputs.size();

    // Business results.
    const qreal rw = std::min(cw, 0.46 * cw);
    const QString resultsText = tree.resultsLabel.trimmed().isEmpty()
                                    ? L::tr("business results (lagging)")
                                    : tree.resultsLabel;
    TreeText results = a.text(resultsText, a.font(ResultsSize, QFont::Medium), rw - 2 * pad,
                              TreeTextRole::Muted, nameLines);
    const qreal rh = mode.results ? results.rect.height() + 1.2 * pad : 0;

    // The North Star Metric.
    const qreal mw = (mode.compact ? 0.86 : 0.74) * cw, mInner = mw - 3 * pad;
    TreeText kicker =
        a.text(L::tr("NORTH STAR METRIC"), a.label(KickerSize), mInner, TreeTextRole::Muted, 1);
    kicker.alignment = Qt::AlignLeft;
    // Until the room chooses, the box says so in a quieter voice than a real metric.
    const bool chosen = !tree.metricName.trimmed().isEmpty();
    const QFont nameFont =
        a.font(chosen ? mode.metricRatio : InputSize, chosen ? QFont::Bold : QFont::Medium);
    // Without the kicker row the star stands beside the name's first line.
    const qreal inlineStar = mode.kicker ? 0 : 0.8 * QFontMetricsF(nameFont).lineSpacing();
    const qreal inlineGap = mode.kicker ? 0 : 0.35 * u;
    const qreal starSize =
        mode.kicker ? kicker.lineHeight * (mode.compact ? 1.3 : 1.7) : inlineStar;
    TreeText metricName =
        a.text(chosen ? tree.metricName.trimmed() : L::tr("North Star Metric to be chosen"),
               nameFont, mInner - inlineStar - inlineGap,
               chosen ? TreeTextRole::Ink : TreeTextRole::Muted, nameLines);
    if (!mode.kicker) {
        const QFontMetricsF nfm(nameFont);
        qreal widest = 0;
        for (const QString& line : metricName.lines)
            widest = std::max(widest, nfm.horizontalAdvance(line));
        metricName.rect.setWidth(std::min(metricName.rect.width(), std::ceil(widest) + 1));
        metricName.alignment = Qt::AlignLeft;
    }
    std::optional<TreeText> definition;
    if (!tree.metricDefinition.trimmed().isEmpty() && mode.metricDefinition)
        definition = a.text(tree.metricDefinition.trimmed(), a.font(DefinitionSize, QFont::Normal),
                            mInner, TreeTextRole::Muted, defLines);
    std::optional<TreeText> chip;
    if (!tree.gameLabel.trimmed().isEmpty() && mode.gameChip)
        chip = a.text(tree.gameLabel.trimmed(), a.font(ChipSize, QFont::DemiBold), mInner - 1.2 * u,
                      TreeTextRole::OnAccent, 1);
    const qreal chipHeight = chip ? chip->rect.height() + 0.35 * u : 0;
    const QFontMetricsF kfm(kicker.font);
    const qreal kickerWidth = std::min(kfm.horizontalAdvance(kicker.lines.value(0)), mInner);
    qreal chipWidth = 0;
    if (chip) {
        const QFontMetricsF cfm(chip->font);
        chipWidth = std::min(cfm.horizontalAdvance(chip->lines.value(0)), mInner - 1.2 * u);
    }
    // A compact tree puts the game beside the kicker when the row has room for both.
    const qreal kickerRowWidth = starSize + 0.35 * u + kickerWidth;
    const bool chipInRow = chip && mode.compact && mode.kicker &&
                           kickerRowWidth + 0.8 * u + chipWidth + 1.2 * u <= mInner;
    const qreal kickerRow =
        mode.kicker ? std::max({starSize, kicker.lineHeight, chipInRow ? chipHeight : qreal(0)})
                    : 0;
    qreal mh = 2.2 * pad + (mode.kicker ? kickerRow + gap : 0) + metricName.rect.height();
    if (definition)
        mh += gap + definition->rect.height();
    if (chip && !chipInRow)
        mh += 2 * gap + chipHeight;

    // Inputs, all the same size, in one row.
    const qreal g = (mode.tightGaps ? 0.45 : mode.compact ? 0.6 : 0.9) * u;
    qreal bw = n > 0 ? (cw - (n - 1) * g) / n : 0.5 * cw;
    if (n > 0 && n < 3)
        bw = std::min(bw, (cw - 2 * g) / 3);
    const qreal iInner = bw - (mode.tightGaps ? 1.3 : 1.6) * pad, bar = 0.22 * u;
    struct InputTexts {
        TreeText pattern, name;
        std::optional<TreeText> definition, owner;
    };
    QList<InputTexts> inputTexts;
    qreal ih = 0;
    for (const NorthStarTreeInput& input : tree.inputs) {
        InputTexts t{a.text(input.patternLabel.toUpper(), a.label(PatternSize), iInner,
                            TreeTextRole::Muted, 1),
                     a.text(input.name.trimmed(), a.font(InputSize, QFont::DemiBold), iInner,
                            TreeTextRole::Ink, nameLines),
                     {},
                     {}};
        a.noteLines(t.name, 3);
        if (!input.definition.trimmed().isEmpty() && mode.details)
            t.definition = a.text(input.definition.trimmed(), a.font(SmallSize, QFont::Normal),
                                  iInner, TreeTextRole::Muted, defLines);
        if (!input.owner.trimmed().isEmpty() && mode.details)
            t.owner = a.text(mode.ownerLabel ? L::tr("Owner: %1").arg(input.owner.trimmed())
                                             : input.owner.trimmed(),
                             a.font(SmallSize, QFont::Medium), iInner, TreeTextRole::Ink,
                             elide ? std::min(2, defLines) : 2);
        qreal h =
            2 * pad + bar +
            (input.patternLabel.isEmpty() || !mode.patterns ? 0 : t.pattern.rect.height() + gap) +
            t.name.rect.height();
        if (t.definition)
            h += gap + t.definition->rect.height();
        if (t.owner)
            h += 2 * gap + t.owner->rect.height();
        ih = std::max(ih, h);
        inputTexts.append(t);
    }
    std::optional<TreeText> placeholder;
    if (n == 0) {
        placeholder = a.text(L::tr("Inputs: still to be chosen"), a.font(InputSize, QFont::Medium),
                             bw - 2 * pad, TreeTextRole::Muted, nameLines);
        ih = placeholder->rect.height() + 2 * pad;
    }
    const qreal rowWidth = n > 0 ? n * bw + (n - 1) * g : bw;

    // Guardrail.
    const qreal gw = std::min(cw, std::max(rowWidth, 0.6 * cw));
    std::optional<TreeText> guard, guardDefinition;
    qreal gh = 0;
    if (tree.hasGuardrail()) {
        // The team's own sentence, as written, after a short label: a sentence built around
        // it ("… must not fall") garbles a guardrail already phrased as a rule.
        guard = a.text(L::tr("Guardrail: %1").arg(tree.guardrailName.trimmed()),
                       a.font(GuardrailSize, QFont::DemiBold), gw - 2 * pad, TreeTextRole::Ink,
                       nameLines);
        gh = guard->rect.height() + 1.4 * pad;
        if (!tree.guardrailDefinition.trimmed().isEmpty() && mode.details) {
            guardDefinition =
                a.text(tree.guardrailDefinition.trimmed(), a.font(SmallSize, QFont::Normal),
                       gw - 2 * pad, TreeTextRole::Muted, defLines);
            gh += 0.15 * u + guardDefinition->rect.height();
        }
    }

    // Stack vertically; spare height opens the arrows up a little, the rest centres the tree.
    qreal gapA = !mode.results ? 0 : (mode.compact ? 1.2 : 2.0) * u;
    qreal gapB = (mode.tightGaps ? 1.0 : mode.compact ? 1.6 : 2.6) * u;
    const qreal gapC = (mode.tightGaps ? 0.6 : mode.compact ? 0.8 : 1.2) * u;
    const qreal needed = rh + gapA + mh + gapB + ih + (guard ? gapC + gh : 0);
    const qreal available = area.height() - 2 * margin;
    qreal spare = std::max(0.0, available - needed);
    const qreal growA = std::min(spare * 0.25, 1.5 * u), growB = std::min(spare * 0.3, 2.0 * u);
    gapA += growA;
    gapB += growB;
    spare -= growA + growB;

    Result r;
    L& l = r.layout;
    l.area = area;
    l.unit = u;
    l.fits = needed <= available + 0.5;
    const qreal cx = area.center().x();
    qreal y = area.top() + margin + spare / 2;

    if (mode.results) {
        l.results = QRectF(cx - rw / 2, y, rw, rh);
        l.texts.append(placed(results, l.results.left() + pad, y + 0.6 * pad));
        y += rh + gapA;
    }

    l.metric = QRectF(cx - mw / 2, y, mw, mh);
    const qreal kickerRowTotal = kickerRowWidth + (chipInRow ? 0.8 * u + chipWidth + 1.2 * u : 0);
    const qreal rowLeft = cx - kickerRowTotal / 2;
    qreal my = y + 1.1 * pad;
    if (mode.kicker) {
        l.star = QRectF(rowLeft, my + (kickerRow - starSize) / 2, starSize, starSize);
        kicker.rect.setWidth(kickerWidth);
        l.texts.append(
            placed(kicker, l.star.right() + 0.35 * u, my + (kickerRow - kicker.lineHeight) / 2));
    }
    if (chipInRow) {
        l.gameChip = QRectF(l.star.right() + 0.35 * u + kickerWidth + 0.8 * u,
                            my + (kickerRow - chipHeight) / 2, chipWidth + 1.2 * u, chipHeight);
        chip->rect.setWidth(chipWidth);
        l.texts.append(placed(*chip, l.gameChip.left() + 0.6 * u, l.gameChip.top() + 0.175 * u));
    }
    if (mode.kicker) {
        my += kickerRow + gap;
        l.texts.append(placed(metricName, cx - mInner / 2, my));
    } else {
        // The star and the name, centred together, the star on the first line.
        const qreal left = cx - (inlineStar + inlineGap + metricName.rect.width()) / 2;
        l.star =
            QRectF(left, my + (metricName.lineHeight - inlineStar) / 2, inlineStar, inlineStar);
        l.texts.append(placed(metricName, left + inlineStar + inlineGap, my));
    }
    my += metricName.rect.height();
    if (definition) {
        l.texts.append(placed(*definition, cx - mInner / 2, my + gap));
        my += gap + definition->rect.height();
    }
    if (chip && !chipInRow) {
        const qreal textWidth = chipWidth;
        l.gameChip =
            QRectF(cx - (textWidth + 1.2 * u) / 2, my + 2 * gap, textWidth + 1.2 * u, chipHeight);
        chip->rect.setWidth(textWidth);
        l.texts.append(placed(*chip, l.gameChip.left() + 0.6 * u, l.gameChip.top() + 0.175 * u));
    }
    if (mode.results)
        l.arrows.append({QPointF(cx, l.metric.top()), QPointF(cx, l.results.bottom())});
    y += mh + gapB;

    qreal x = cx - rowWidth / 2;
    for (qsizetype i = 0; i < n; ++i) {
        const QRectF box(x, y, bw, ih);
        l.inputs.append(box);
        const InputTexts& t = inputTexts.at(i);
        const qreal left = box.left() + (bw - iInner) / 2;
        qreal iy = box.top() + pad + bar;
        if (!tree.inputs.at(i).patternLabel.isEmpty() && mode.patterns) {
            l.texts.append(placed(t.pattern, left, iy));
            iy += t.pattern.rect.height() + gap;
        }
        l.texts.append(placed(t.name, left, iy));
        iy += t.name.rect.height();
        if (t.definition)
            l.texts.append(placed(*t.definition, left, iy + gap));
        if (t.owner) // pinned to the bottom so owners line up across the row
            l.texts.append(placed(*t.owner, left, box.bottom() - pad - t.owner->rect.height()));
        const qreal tipX = l.metric.left() + l.metric.width() * (0.1 + 0.8 * (i + 0.5) / n);
        l.arrows.append({QPointF(box.center().x(), box.top()), QPointF(tipX, l.metric.bottom())});
        x += bw + g;
    }
    if (placeholder) {
        l.inputsPlaceholder = QRectF(cx - bw / 2, y, bw, ih);
        l.texts.append(placed(*placeholder, l.inputsPlaceholder.left() + pad, y + pad));
        l.arrows.append({QPointF(cx, y), QPointF(cx, l.metric.bottom()), true});
    }
    y += ih;

    if (guard) {
        y += gapC;
        l.guardrail = QRectF(cx - gw / 2, y, gw, gh);
        l.texts.append(placed(*guard, l.guardrail.left() + pad, y + 0.7 * pad));
        if (guardDefinition)
            l.texts.append(placed(*guardDefinition, l.guardrail.left() + pad,
                                  y + 0.7 * pad + guard->rect.height() + 0.15 * u));
    }
    l.omittedDetails = !mode.details || !mode.metricDefinition || !mode.patterns ||
                       (!mode.gameChip && !tree.gameLabel.trimmed().isEmpty());
    r.brokeWord = a.brokeWord();
    r.crowded = a.crowded();
    return r;
}

} // namespace TreeAttempt

QRectF NorthStarTreeLayout::contentBounds() const {
    QRectF bounds;
    for (const QRectF& box : boxes())
        bounds = bounds.united(box);
    return bounds;
}

QList<QRectF> NorthStarTreeLayout::boxes() const {
    QList<QRectF> result;
    if (!results.isNull())
        result.append(results);
    result.append(metric);
    result.append(inputs);
    if (!inputsPlaceholder.isNull())
        result.append(inputsPlaceholder);
    if (!guardrail.isNull())
        result.append(guardrail);
    return result;
}

int NorthStarTreeLayout::smallestPixelSize() const {
    int smallest = 0;
    for (const TreeText& text : texts)
        if (smallest == 0 || text.font.pixelSize() < smallest)
            smallest = text.font.pixelSize();
    return smallest;
}
