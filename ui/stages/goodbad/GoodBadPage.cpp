#include "GoodBadPage.h"

#include "UserText.h"
#include "agenda/AgendaPlan.h"
#include "commands/TypingSessions.h"
#include "domain/TextLimits.h"
#include "playbook/Playbook.h"
#include "session/ConvergeCommands.h"
#include "session/DraftCommands.h"
#include "session/TeachingCommands.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"
#include "widgets/TextLimit.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
QList<Candidate> antiExamples(const StageContext& context) {
    QList<Candidate> result;
    for (const Candidate& c : context.store.candidates(context.workshopId))
        if (c.kind == CandidateKind::AntiExample)
            result.append(c);
    return result;
}
} // namespace

GoodBadPage::GoodBadPage(const PlannedStage& stage, StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_typing(new TypingSessions(this))
    , m_entry(new QLineEdit(this))
    , m_list(new QVBoxLayout) {
    setObjectName(QStringLiteral("goodBadPage"));
    auto* layout = new QVBoxLayout(this);
    StageWidgets::addPageHeader(stage, layout, this);

    QVBoxLayout* body = nullptr;
    QFrame* antiCard = StageWidgets::card(tr("Terrible North Stars for us"), this, &body);
    body->addWidget(StageWidgets::hint(
        tr("Ask for metrics that would steer this team wrong. Each one marks a boundary: say "
           "which checklist point it breaks."),
        antiCard));
    m_entry->setObjectName(QStringLiteral("antiExampleEntry"));
    m_entry->setAccessibleName(tr("A terrible North Star to add"));
    TextLimit::apply(m_entry, TextLimits::ShortText);
    m_entry->setPlaceholderText(tr("A terrible North Star… (Enter or Ctrl+Enter adds it)"));
    auto* add = new QPushButton(tr("Add"), antiCard);
    add->setObjectName(QStringLiteral("primary"));
    add->setAccessibleName(tr("Add this terrible North Star"));
    auto* entryRow = new QHBoxLayout;
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(add);
    body->addLayout(entryRow);
    auto* listHost = new QWidget(antiCard);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(6);
    auto* listLayout = new QVBoxLayout(listHost);
    listLayout->setContentsMargins(0, 4, 0, 0);
    listLayout->addLayout(m_list);
    listLayout->addStretch();
    auto* scroll = new QScrollArea(antiCard);
    scroll->setWidget(listHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    body->addWidget(scroll, 1);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(createChecklistCard(), 2);
    columns->addWidget(antiCard, 3);
    layout->addLayout(columns, 1);

    auto* next = new QAction(this);
    next->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(next);
    connect(next, &QAction::triggered, this, &GoodBadPage::addFromEntry);
    connect(m_entry, &QLineEdit::returnPressed, this, &GoodBadPage::addFromEntry);
    connect(add, &QPushButton::clicked, this, &GoodBadPage::addFromEntry);
    connect(&m_context.store, &WorkshopStore::changed, this,
            [this](const WorkshopChanges& changes) {
                if (changes.has(m_context.workshopId, ChangeKind::Candidate))
                    refresh();
            });
    refresh();
    setFocusProxy(m_entry);
}

QWidget* GoodBadPage::createChecklistCard() {
    QVBoxLayout* body = nullptr;
    QFrame* frame = StageWidgets::card(tr("The North Star checklist"), this, &body);
    int n = 0;
    for (const ChecklistCriterion& c : Playbook::standard().checklist()) {
        QLabel* title = StageWidgets::label(tr("%1. %2").arg(++n).arg(c.title), frame);
        title->setStyleSheet(QStringLiteral("font-weight: 600;"));
        body->addWidget(title);
        body->addWidget(StageWidgets::hint(c.meaning, frame));
    }
    body->addStretch();
    return frame;
}

void GoodBadPage::addFromEntry() {
    const QString name = m_entry->text().trimmed();
    if (name.isEmpty()) {
        m_entry->setFocus();
        return;
    }
    Candidate c;
    c.workshopId = m_context.workshopId;
    c.kind = CandidateKind::AntiExample;
    c.name = name;
    c.position = int(m_shown.size());
    if (m_context.session.push(new AddCardCommand(
            m_context.store, c, {}, tr("Add the terrible North Star “%1”").arg(name))))
        m_entry->clear();
    m_entry->setFocus();
}

void GoodBadPage::refresh() {
    const QList<Candidate> list = antiExamples(m_context);
    QList<qint64> ids;
    for (const Candidate& c : list)
        ids << c.id;
    if (ids == m_shown) {
        // Same cards: bring tags and names up to date without disturbing typing.
        for (const Candidate& c : list) {
            const Row row = m_rows.value(c.id);
            if (!row.name->hasFocus() && row.name->text().trimmed() != c.name)
                row.name->setText(c.name);
            const int index = row.criterion->findData(c.breaksCriterion);
            if (index >= 0 && index != row.criterion->currentIndex()) {
                const QSignalBlocker blocker(row.criterion);
                row.criterion->setCurrentIndex(index);
            }
        }
        return;
    }
    for (const Row& row : std::as_const(m_rows))
        row.widget->deleteLater();
    m_rows.clear();
    for (const Candidate& c : list)
        m_list->addWidget(createRow(c));
    m_shown = ids;
}

QWidget* GoodBadPage::createRow(const Candidate& candidate) {
    auto* widget = new QWidget(this);
    Row row;
    row.widget = widget;
    row.name = new QLineEdit(candidate.name, widget);
    row.name->setAccessibleName(tr("Terrible North Star"));
    TextLimit::apply(row.name, TextLimits::ShortText);
    row.name->setCursorPosition(0);
    row.name->setMinimumWidth(140);
    row.criterion = new QComboBox(widget);
    row.criterion->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.criterion->setMinimumContentsLength(12);
    row.criterion->setAccessibleName(tr("The checklist point it breaks"));
    // Each tag names the point as broken ("Is a vanity metric"), never the point's own title,
    // which beside a terrible North Star would read as praise.
    row.criterion->addItem(tr("Which point does it break?"), QString());
    for (const ChecklistCriterion& c : Playbook::standard().checklist())
        row.criterion->addItem(c.broken, c.key);
    row.criterion->setCurrentIndex(std::max(0, row.criterion->findData(candidate.breaksCriterion)));
    auto* removeButton = new QToolButton(widget);
    removeButton->setText(tr("Remove"));
    removeButton->setAccessibleName(tr("Remove “%1”").arg(UserText::isolate(candidate.name)));
    removeButton->setFocusPolicy(Qt::StrongFocus);
    row.remove = removeButton;
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.name, 1);
    layout->addWidget(row.criterion, 1);
    layout->addWidget(removeButton);
    const qint64 id = candidate.id;
    // Saved on every change of the text, not only on key events: a screen reader or dictation
    // sets the text without typing it. One burst of typing is one undo step. An emptied name
    // is not stored; leaving shows it again.
    m_typing->watch(row.name);
    connect(row.name, &QLineEdit::textChanged, this,
            [this, id, edit = row.name] { rename(id, edit); });
    connect(row.name, &QLineEdit::editingFinished, this, [this, id, edit = row.name] {
        if (const auto c = m_context.store.candidate(id); c && edit->text().trimmed().isEmpty())
            edit->setText(c->name);
    });
    connect(row.criterion, &QComboBox::activated, this,
            [this, id, box = row.criterion] { tag(id, box->currentData().toString()); });
    connect(removeButton, &QToolButton::clicked, this, [this, id] { remove(id); });
    m_rows.insert(id, row);
    return widget;
}

void GoodBadPage::rename(qint64 id, QLineEdit* edit) {
    const QString name = edit->text();
    auto c = m_context.store.candidate(id);
    if (!c || name.trimmed().isEmpty() || c->name == name.trimmed())
        return;
    m_context.session.push(ConvergeCommands::editCandidate(
        m_context.store, id, &Candidate::name, name.trimmed(),
        tr("Rename the terrible North Star “%1”").arg(UserText::isolate(c->name)),
        m_typing->key(QStringLiteral("terrible-name-%1").arg(id), edit)));
}

void GoodBadPage::tag(qint64 id, const QString& criterion) {
    auto c = m_context.store.candidate(id);
    if (!c || c->breaksCriterion == criterion)
        return;
    m_context.session.push(
        ConvergeCommands::editCandidate(m_context.store, id, &Candidate::breaksCriterion, criterion,
                                        tr("Say which rule “%1” breaks").arg(c->name), {}));
}

void GoodBadPage::remove(qint64 id) {
    const auto c = m_context.store.candidate(id);
    if (!c)
        return;
    m_context.session.push(new RemoveCandidateCommand(
        m_context.store, *c,
        tr("Remove the terrible North Star “%1”").arg(UserText::isolate(c->name))));
    m_entry->setFocus();
}
