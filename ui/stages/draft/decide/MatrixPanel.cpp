#include "MatrixPanel.h"
#include "domain/StageKeys.h"

#include "DecideData.h"
#include "MatrixModel.h"
#include "MatrixTableView.h"
#include "Theme.h"
#include "UserText.h"
#include "agenda/AgendaRunner.h"
#include "domain/TextLimits.h"
#include "session/DecisionCommands.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"
#include "widgets/TextLimit.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

MatrixPanel::MatrixPanel(StageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new MatrixModel(context, this))
    , m_table(new MatrixTableView(m_model, this))
    , m_flip(StageWidgets::label({}, this, "matrixFlip"))
    , m_flipPage(new QPushButton(tr("Next page: what would flip it ▶"), this))
    , m_standard(new QPushButton(tr("Four standard criteria"), this))
    , m_checklist(new QPushButton(tr("The seven checklist criteria"), this))
    , m_add(new QPushButton(tr("Add a criterion"), this))
    , m_confirmBar(new QFrame(this))
    , m_confirmText(StageWidgets::label({}, m_confirmBar))
    , m_confirm(new QPushButton(tr("Switch and clear the scores"), m_confirmBar))
    , m_keep(new QPushButton(tr("Keep the scores"), m_confirmBar))
    , m_criteriaGrid(new QGridLayout) {
    setObjectName(QStringLiteral("matrixPanel"));
    m_flip->setStyleSheet(QStringLiteral("QLabel#matrixFlip { background: %1; border-radius: 6px; "
                                         "padding: 8px 12px; font-size: 11.5pt; }")
                              .arg(Theme::color(Theme::Role::Mist).name()));
    m_flip->setAccessibleName(tr("What would flip the result"));
    m_flipPage->setCheckable(true);
    if (DecideData::matrixCursor(context.store, context.workshopId).flipPage) {
        m_flipPage->setChecked(true);
        m_flipPage->setText(tr("◀ Back to the matrix"));
    }
    m_flipPage->setAccessibleName(
        tr("Show what would flip the result as its own page on a small projector"));
    m_standard->setAccessibleName(tr("Use the four standard criteria"));
    m_checklist->setAccessibleName(tr("Use the seven checklist criteria as the matrix"));
    m_add->setAccessibleName(tr("Add a criterion to the matrix"));
    m_confirm->setObjectName(QStringLiteral("primary"));
    m_confirm->setAccessibleName(tr("Switch the criteria and clear the matrix scores"));
    m_keep->setAccessibleName(tr("Keep the current criteria and scores"));
    m_confirmBar->setObjectName(QStringLiteral("matrixConfirm"));
    m_confirmBar->setStyleSheet(
        QStringLiteral("QFrame#matrixConfirm { background: %1; border: 1px solid %2; "
                       "border-radius: 6px; }")
            .arg(Theme::color(Theme::Role::AmberTint).name(),
                 Theme::color(Theme::Role::Amber).name()));
    auto* confirm = new QHBoxLayout(m_confirmBar);
    confirm->setContentsMargins(12, 6, 8, 6);
    confirm->addWidget(m_confirmText, 1);
    confirm->addWidget(m_keep);
    confirm->addWidget(m_confirm);
    m_confirmBar->hide();

    auto* rubric = new QHBoxLayout;
    rubric->addWidget(StageWidgets::hint(tr("Criteria:"), this));
    rubric->addWidget(m_standard);
    rubric->addWidget(m_checklist);
    rubric->addStretch();
    rubric->addWidget(m_add);
    m_criteriaGrid->setHorizontalSpacing(10);
    m_criteriaGrid->setVerticalSpacing(4);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_table);
    auto* flipRow = new QHBoxLayout;
    flipRow->addWidget(m_flip, 1);
    flipRow->addWidget(m_flipPage, 0, Qt::AlignTop);
    layout->addLayout(flipRow);
    layout->addWidget(StageWidgets::hint(
        tr("Type 1–5 in a cell: it is saved and the cursor moves on. 0 or Delete clears."), this));
    layout->addLayout(rubric);
    layout->addWidget(m_confirmBar);
    layout->addLayout(m_criteriaGrid);
    layout->addStretch(1);

    connect(m_standard, &QAbstractButton::clicked, this, &MatrixPanel::useStandardCriteria);
    connect(m_checklist, &QAbstractButton::clicked, this, &MatrixPanel::useChecklistCriteria);
    connect(m_add, &QAbstractButton::clicked, this, &MatrixPanel::addCriterion);
    connect(m_confirm, &QAbstractButton::clicked, this, &MatrixPanel::applyPendingRubric);
    connect(m_keep, &QAbstractButton::clicked, this, [this] {
        m_pending.clear();
        m_confirmBar->hide();
        m_table->setFocus();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MatrixPanel::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MatrixPanel::refresh);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &MatrixPanel::refreshCriteria);
    // The projector shows the page of the matrix that holds the cell the console is on.
    // The projector shows the page of the matrix that holds the cell the console is on;
    // moving the cursor also brings the room back from the "what would flip it" page.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showPage({current.row(), current.column(), false});
            });
    connect(m_flipPage, &QAbstractButton::toggled, this, [this](bool shown) {
        DecideData::MatrixCursor cursor =
            DecideData::matrixCursor(m_context.store, m_context.workshopId);
        cursor.flipPage = shown; // the cell stays: turning back shows its page again
        showPage(cursor);
    });
    refresh();
    setFocusProxy(m_table);
}

void MatrixPanel::showPage(const DecideData::MatrixCursor& cursor) {
    if (m_flipPage->isChecked() != cursor.flipPage) {
        const QSignalBlocker quiet(m_flipPage);
        m_flipPage->setChecked(cursor.flipPage);
    }
    m_flipPage->setText(cursor.flipPage ? tr("◀ Back to the matrix")
                                        : tr("Next page: what would flip it ▶"));
    const qint64 id = m_context.workshopId;
    if (m_context.runner.isPreview() ||
        DecideData::focus(m_context.store, id) != DecideData::Focus::Matrix)
        return;
    const int focus = DecideData::matrixFocus(cursor);
    if (m_context.store.stageState(id, StageKeys::Decide).focus != focus)
        m_context.store.setStageFocus(id, StageKeys::Decide, focus);
}

void MatrixPanel::useStandardCriteria() {
    requestRubric(DecisionMatrix::standardCriteria(), tr("Use the four standard criteria"));
}

void MatrixPanel::useChecklistCriteria() {
    requestRubric(DecisionMatrix::checklistCriteria(), tr("Use the checklist as the matrix"));
}

void MatrixPanel::requestRubric(const QList<MatrixCriterion>& criteria, const QString& text) {
    m_pending = criteria;
    m_pendingText = text;
    const qsizetype scores = m_context.store.matrixScores(m_context.workshopId).size();
    if (scores == 0) {
        applyPendingRubric();
        return;
    }
    m_confirmText->setText((scores == 1
                                ? tr("This clears the 1 score in the matrix.")
                                : tr("This clears the %1 scores in the matrix.").arg(scores)) +
                           u' ' + tr("Ctrl+Z brings them back."));
    m_confirmBar->show();
    m_keep->setFocus();
}

void MatrixPanel::applyPendingRubric() {
    m_confirmBar->hide();
    if (m_pending.isEmpty())
        return;
    m_context.session.push(DecisionCommands::replaceCriteria(m_context.store, m_context.workshopId,
                                                             m_pending, m_pendingText));
    m_pending.clear();
    m_table->setFocus();
}

void MatrixPanel::addCriterion() {
    const QString name = tr("New criterion");
    m_context.session.push(
        DecisionCommands::addCriterion(m_context.store, m_context.workshopId, name, 1));
    if (!m_criterionIds.isEmpty())
        if (QLineEdit* edit = nameEdit(m_criterionIds.last())) {
            edit->setFocus();
            edit->selectAll();
        }
}

void MatrixPanel::refresh() {
    refreshCriteria();
    if (m_model->rowCount() == 0) {
        m_flip->setText(tr("No surviving candidates to compare yet."));
        return;
    }
    if (!m_model->matrix().hasScores()) {
        m_flip->setText(tr("Score the cells to see who leads and what would change it."));
        return;
    }
    const QString flip = m_model->flipSentence();
    m_flip->setText(flip.isEmpty()
                        ? tr("What would flip it: no single change of one weight or one score "
                             "would change who leads.")
                        : tr("What would flip it: %1").arg(flip));
}

void MatrixPanel::refreshCriteria() {
    const QList<MatrixCriterion>& criteria = m_model->matrix().criteria();
    QList<qint64> ids;
    for (const MatrixCriterion& c : criteria)
        ids << c.id;
    if (ids == m_criterionIds) {
        for (const MatrixCriterion& c : criteria) {
            const CriterionRow& row = m_rows[c.id];
            if (!row.name->hasFocus() && row.name->text().trimmed() != c.name)
                row.name->setText(c.name);
            if (row.weight->value() != c.weight) {
                const QSignalBlocker blocker(row.weight);
                row.weight->setValue(c.weight);
            }
        }
        return;
    }
    // Later, not now: the click that removed a criterion may still be running in its row.
    for (const CriterionRow& row : std::as_const(m_rows)) {
        m_criteriaGrid->removeWidget(row.widget);
        row.widget->hide();
        row.widget->deleteLater();
    }
    m_rows.clear();
    m_criterionIds = ids;
    for (int i = 0; i < criteria.size(); ++i)
        m_criteriaGrid->addWidget(createCriterionRow(criteria.at(i)), i / 2, i % 2);
}

QWidget* MatrixPanel::createCriterionRow(const MatrixCriterion& criterion) {
    auto* widget = new QWidget(this);
    CriterionRow row;
    row.widget = widget;
    row.name = new QLineEdit(criterion.name, widget);
    row.name->setAccessibleName(tr("Criterion name"));
    TextLimit::apply(row.name, TextLimits::ShortText);
    row.name->setCursorPosition(0);
    row.weight = new QSpinBox(widget);
    row.weight->setRange(DecisionMatrix::MinValue, DecisionMatrix::MaxValue);
    row.weight->setValue(criterion.weight);
    row.weight->setPrefix(tr("weight "));
    row.weight->setAccessibleName(
        tr("Weight of “%1”, 1 to 5").arg(UserText::isolate(criterion.name)));
    auto* remove = new QToolButton(widget);
    remove->setText(tr("Remove"));
    remove->setAccessibleName(
        tr("Remove the criterion “%1”").arg(UserText::isolate(criterion.name)));
    remove->setFocusPolicy(Qt::StrongFocus);
    row.remove = remove;
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(row.name, 1);
    layout->addWidget(row.weight);
    layout->addWidget(remove);
    const qint64 id = criterion.id;
    // Any change of the text is saved, typed or not (a screen reader or dictation sets it
    // without key events); the text the store already holds makes no step.
    connect(row.name, &QLineEdit::textChanged, this, [this, id](const QString& text) {
        const QString name = text.trimmed();
        const QList<MatrixCriterion> stored = m_context.store.matrixCriteria(m_context.workshopId);
        const bool same = std::any_of(stored.begin(), stored.end(), [id, &name](const auto& c) {
            return c.id == id && c.name == name;
        });
        if (!name.isEmpty() && !same)
            m_context.session.push(DecisionCommands::renameCriterion(
                m_context.store, m_context.workshopId, id, text.trimmed()));
    });
    connect(row.name, &QLineEdit::editingFinished, this, [this, id, edit = row.name] {
        // An emptied name is not stored; show the stored one again.
        for (const MatrixCriterion& c : m_model->matrix().criteria())
            if (c.id == id && edit->text().trimmed() != c.name)
                edit->setText(c.name);
    });
    connect(row.weight, &QSpinBox::valueChanged, this, [this, id](int weight) {
        m_context.session.push(DecisionCommands::setCriterionWeight(
            m_context.store, m_context.workshopId, id, weight));
    });
    connect(remove, &QToolButton::clicked, this, [this, id] {
        m_context.session.push(
            DecisionCommands::removeCriterion(m_context.store, m_context.workshopId, id));
        m_table->setFocus();
    });
    m_rows.insert(id, row);
    return widget;
}
