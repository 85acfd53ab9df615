#include "ComparisonPage.h"

#include "Theme.h"
#include "UserText.h"
#include "history/ComparisonText.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"

#include <QAction>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using StageWidgets::label;

namespace {

QString longDate(const QDateTime& date) {
    return QLocale().toString(date.toLocalTime().date(), QLocale::LongFormat);
}

// An input's cell: its name (in bold), its definition, its owner.
QStringList inputLines(const std::optional<Input>& input) {
    if (!input)
        return {ComparisonPage::tr("—")};
    QStringList lines{input->name.trimmed().isEmpty() ? ComparisonPage::tr("(unnamed input)")
                                                      : input->name};
    if (!input->definition.trimmed().isEmpty())
        lines.append(input->definition);
    lines.append(input->owner.trimmed().isEmpty()
                     ? ComparisonPage::tr("no owner")
                     : ComparisonPage::tr("owner: %1").arg(UserText::isolate(input->owner)));
    return lines;
}

QString orDash(const QString& text) {
    return text.trimmed().isEmpty() ? ComparisonPage::tr("—") : text;
}

QStringList cell(const QString& text) {
    return {orDash(text)};
}

} // namespace

ComparisonPage::ComparisonPage(WorkshopStore& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_back(new QPushButton(tr("← Product history"), this))
    , m_note(new QPushButton(tr("Why we changed…"), this))
    , m_pdf(new QPushButton(tr("Save as PDF…"), this))
    , m_scroll(new QScrollArea(this)) {
    setObjectName(QStringLiteral("comparisonPage"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_back->setAccessibleName(tr("Back to the product history"));
    m_back->setToolTip(tr("Back to the product history (Alt+Left)"));
    m_back->setAutoDefault(false);
    m_note->setAccessibleName(tr("Write why the North Star changed"));
    m_note->setAutoDefault(false);
    connect(m_back, &QPushButton::clicked, this, &ComparisonPage::backRequested);
    connect(m_note, &QPushButton::clicked, this, [this] {
        if (m_newer.workshopId && !m_newer.team && m_comparison)
            emit noteRequested(m_newer.workshopId, !m_comparison->northStarChanged());
    });
    m_pdf->setAccessibleName(tr("Save the comparison as a PDF"));
    m_pdf->setToolTip(tr("A PDF of this comparison, to share with leadership (Ctrl+P)"));
    m_pdf->setAutoDefault(false);
    connect(m_pdf, &QPushButton::clicked, this, &ComparisonPage::savePdf);
    auto* print = new QAction(this);
    print->setShortcut(QKeySequence::Print);
    print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(print, &QAction::triggered, this, &ComparisonPage::savePdf);
    addAction(print);
    auto* back = new QAction(this);
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QAction::triggered, this, &ComparisonPage::backRequested);
    addAction(back);

    // Differences in the star's tint behind ink (well above 7:1); labels in the timer's
    // colours deepened for white, each with a word, so colour is never the only cue.
    QColor tint = Theme::color(Theme::Role::Star);
    tint.setAlpha(60);
    const QColor onWhite = QColor::fromRgbF(1 - tint.alphaF() * (1 - tint.redF()),
                                            1 - tint.alphaF() * (1 - tint.greenF()),
                                            1 - tint.alphaF() * (1 - tint.blueF()));
    setStyleSheet(
        QStringLiteral(
            "QFrame#changedCell { background: %1; border-radius: 6px; }"
            "QLabel#changeChip { border: 1px solid %2; border-radius: 10px; padding: 2px 10px;"
            " font-weight: 600; color: %2; background: white; }"
            "QLabel#changeChip[change=\"added\"] { color: %3; border-color: %3; }"
            "QLabel#changeChip[change=\"removed\"] { color: %4; border-color: %4; }"
            "QLabel#changeChip[change=\"changed\"] { color: %5; border-color: %5; }"
            "QLabel#aspect { font-weight: 600; color: %6; }"
            "QLabel#columnHead { font-weight: 600; color: %6; }")
            .arg(onWhite.name(), Theme::color(Theme::Role::MutedInk).name(),
                 Theme::color(Theme::Role::Calm).name(), Theme::color(Theme::Role::Red).name(),
                 Theme::color(Theme::Role::AmberOnWhite).name(),
                 Theme::color(Theme::Role::Night).name()));

    auto* top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addSpacing(12);
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_note);
    top->addWidget(m_pdf);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Comparison")); // focusable, so the keys scroll it
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_scroll, 1);

    connect(&m_store, &WorkshopStore::changed, this, [this](const WorkshopChanges& changes) {
        if ((!m_older.workshopId && !m_newer.workshopId) ||
            !(changes.concerns(m_older.workshopId) || changes.concerns(m_newer.workshopId)) ||
            !changes.has(ChangeKind::Library | ChangeKind::Workshop | ChangeKind::Candidate |
                         ChangeKind::Input))
            return;
        if (isVisible())
            rebuild();
        else
            m_stale = true; // catch up when shown again
    });
}

void ComparisonPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

void ComparisonPage::compare(qint64 older, qint64 newer, Origin origin) {
    Side before;
    before.workshopId = older;
    Side after;
    after.workshopId = newer;
    compare(before, after, origin);
}

void ComparisonPage::compare(const Side& older, const Side& newer, Origin origin) {
    m_older = older;
    m_newer = newer;
    const bool library = origin == Origin::Workshops;
    m_back->setText(library ? tr("← Workshops") : tr("← Product history"));
    m_back->setAccessibleName(library ? tr("Back to the workshops")
                                      : tr("Back to the product history"));
    m_back->setToolTip(library ? tr("Back to the workshops (Alt+Left)")
                               : tr("Back to the product history (Alt+Left)"));
    rebuild();
}

std::optional<NorthStarRecord> ComparisonPage::recordOf(const Side& side) const {
    return side.team ? side.team : m_store.northStarRecord(side.workshopId);
}

QString ComparisonPage::teamLine() const {
    QStringList lines;
    for (const Side* side : {&m_older, &m_newer})
        if (side->team)
            lines << tr("“%1” is in the team library, published by %2 on %3.")
                         .arg(UserText::isolate(side->team->title),
                              UserText::isolate(side->publishedBy), longDate(side->publishedAt));
    return lines.join(u' ');
}

QString ComparisonPage::summaryText() const {
    return m_summary ? m_summary->text() : QString();
}

void ComparisonPage::rebuild() {
    m_stale = false;
    const auto before = recordOf(m_older);
    const auto after = recordOf(m_newer);
    m_comparison.reset();
    if (before && after)
        m_comparison.emplace(*before, *after);

    m_body = new QWidget;
    m_body->setObjectName(QStringLiteral("comparisonBody"));
    m_bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout->setContentsMargins(0, 0, 8, 0);
    m_bodyLayout->setSpacing(14);
    m_summary = nullptr;
    m_scroll->setWidget(m_body); // deletes the previous body
    m_note->setEnabled(bool(m_comparison));
    m_pdf->setEnabled(bool(m_comparison));
    if (!m_comparison) {
        m_title->setText(tr("Compare two workshops"));
        m_subtitle->setText(tr("One of these workshops is no longer in the library."));
        return;
    }
    const NorthStarRecord& a = m_comparison->before();
    const NorthStarRecord& b = m_comparison->after();
    const bool contrast =
        ComparisonText::wording(*m_comparison) == ComparisonText::Wording::Contrast;
    m_title->setText(contrast                    ? tr("Two North Stars side by side")
                     : m_comparison->identical() ? tr("Our North Star held")
                                                 : tr("How our North Star changed"));
    const qint64 days = a.date.date().daysTo(b.date.date());
    const int months = int(qRound(double(qAbs(days)) / 30.44));
    const QString apart = months == 0   ? tr("within a month")
                          : months == 1 ? tr("1 month apart")
                                        : tr("%1 months apart").arg(months);
    if (contrast)
        m_subtitle->setText(
            tr("%1 for %2 (%3), and %4 for %5 (%6), %7")
                .arg(UserText::isolate(a.title), UserText::isolate(ComparisonText::productLabel(a)),
                     longDate(a.date), UserText::isolate(b.title),
                     UserText::isolate(ComparisonText::productLabel(b)), longDate(b.date), apart));
    else
        m_subtitle->setText(tr("%1 (%2) → %3 (%4), %5")
                                .arg(UserText::isolate(a.title), longDate(a.date),
                                     UserText::isolate(b.title), longDate(b.date), apart));
    if (const QString team = teamLine(); !team.isEmpty())
        m_subtitle->setText(m_subtitle->text() + u'\n' + team);
    // Two products have no shared history: no note on why one changed into the other. The
    // team's workshop is the team's: its note is written there.
    m_note->setVisible(!contrast && !m_newer.team);
    const bool kept = !m_comparison->northStarChanged();
    m_note->setText(!b.changeNote.trimmed().isEmpty() ? tr("Edit why…")
                    : kept                            ? tr("Why we kept it…")
                                                      : tr("Why we changed…"));
    m_note->setAccessibleName(kept ? tr("Write why the North Star was kept")
                                   : tr("Write why the North Star changed"));
    addSummary();
    if (!contrast)
        addWhy();
    addTable();
    m_bodyLayout->addStretch(1);
}

void ComparisonPage::addSummary() {
    const QStringList sentences = ComparisonText::summary(*m_comparison);
    QVBoxLayout* body = nullptr;
    QFrame* card = StageWidgets::card(tr("At a glance"), m_body, &body);
    card->setObjectName(QStringLiteral("card"));
    m_summary = label(sentences.join(u' '), card, "comparisonSummary");
    m_summary->setFont(Theme::font(13));
    body->addWidget(m_summary);
    m_bodyLayout->addWidget(card);
}

void ComparisonPage::addWhy() {
    const QString why = m_comparison->whyChanged();
    const bool kept = !m_comparison->northStarChanged();
    QVBoxLayout* body = nullptr;
    QFrame* card =
        StageWidgets::card(kept ? tr("Why we kept it") : tr("Why we changed"), m_body, &body);
    if (why.trimmed().isEmpty())
        body->addWidget(StageWidgets::hint(
            kept ? tr("The team has not written down why yet. “Why we kept it…” above adds it.")
                 : tr("The team has not written down why yet. “Why we changed…” above adds it."),
            card));
    else
        body->addWidget(label(why, card, "comparisonWhy"));
    m_bodyLayout->addWidget(card);
}

void ComparisonPage::addTable() {
    const WorkshopComparison& c = *m_comparison;
    QVBoxLayout* body = nullptr;
    QFrame* card = StageWidgets::card({}, m_body, &body);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setColumnMinimumWidth(0, 150);
    const auto head = [&](const QString& text, int column) {
        grid->addWidget(label(text, card, "columnHead"), 0, column);
    };
    using namespace ComparisonText;
    const Wording wording = ComparisonText::wording(c);
    // Two products: each column says whose it is.
    const auto columnHead = [&](const QString& side, const NorthStarRecord& r) {
        return wording == Wording::Contrast
                   ? tr("%1: %2, %3")
                         .arg(side, UserText::isolate(productLabel(r)), longDate(r.date))
                   : tr("%1: %2").arg(side, longDate(r.date));
    };
    head(columnHead(tr("Earlier"), c.before()), 1);
    head(columnHead(tr("Later"), c.after()), 2);
    int row = 1;
    row = addRow(grid, card, row, tr("North Star Metric"), cell(c.metricName().before),
                 cell(c.metricName().after), words(c.metricName().difference, wording),
                 kindKey(c.metricName().difference), true);
    row = addRow(grid, card, row, tr("Definition"), cell(c.metricDefinition().before),
                 cell(c.metricDefinition().after), words(c.metricDefinition().difference, wording),
                 kindKey(c.metricDefinition().difference), false);
    row =
        addRow(grid, card, row, tr("Game"), cell(gameLabel(c.before().game)),
               cell(gameLabel(c.after().game)), words(c.game(), wording), kindKey(c.game()), false);
    for (const InputDifference& input : c.inputs())
        row = addRow(grid, card, row, tr("Input"), inputLines(input.before),
                     inputLines(input.after), words(input, wording), kindKey(input), true);
    const auto guardrail = [](const NorthStarRecord& r) {
        QStringList lines;
        for (const QString& text : {r.guardrailName, r.guardrailDefinition})
            if (!text.trimmed().isEmpty())
                lines.append(text);
        return lines.isEmpty() ? QStringList{ComparisonPage::tr("—")} : lines;
    };
    addRow(grid, card, row, tr("Guardrail"), guardrail(c.before()), guardrail(c.after()),
           words(ComparisonText::guardrail(c), wording), kindKey(ComparisonText::guardrail(c)),
           true);
    body->addLayout(grid);
    m_bodyLayout->addWidget(card);
}

int ComparisonPage::addRow(QGridLayout* grid, QWidget* parent, int row, const QString& aspect,
                           const QStringList& before, const QStringList& after,
                           const QString& change, const QString& changeKind, bool boldFirst) {
    QLabel* aspectLabel = label(aspect, parent, "aspect");
    aspectLabel->setContentsMargins(0, 6, 0, 0); // level with the cells' first line
    grid->addWidget(aspectLabel, row, 0, Qt::AlignTop);
    const bool differs = changeKind != QLatin1String("same");
    int column = 1;
    for (const QStringList& lines : {before, after}) {
        auto* box = new QFrame(parent);
        box->setObjectName(differs ? QStringLiteral("changedCell") : QStringLiteral("sameCell"));
        box->setProperty("aspect", aspect);
        auto* cellLayout = new QVBoxLayout(box);
        cellLayout->setContentsMargins(8, 6, 8, 6);
        cellLayout->setSpacing(2);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QLabel* line = label(lines.at(i), box, "cellText");
            if (i == 0 && boldFirst)
                line->setFont(Theme::font(11, QFont::DemiBold));
            cellLayout->addWidget(line);
        }
        grid->addWidget(box, row, column++);
    }
    auto* chip = new QLabel(change, parent);
    chip->setTextFormat(Qt::PlainText);
    chip->setObjectName(QStringLiteral("changeChip"));
    chip->setProperty("change", changeKind);
    chip->setAccessibleName(tr("%1: %2").arg(aspect, change));
    chip->setContentsMargins(0, 2, 0, 0);
    grid->addWidget(chip, row, 3, Qt::AlignTop | Qt::AlignLeft);
    return row + 1;
}
