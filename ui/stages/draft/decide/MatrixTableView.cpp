#include "MatrixTableView.h"

#include "MatrixModel.h"

#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

MatrixTableView::MatrixTableView(MatrixModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model) {
    setObjectName(QStringLiteral("matrixTable"));
    setAccessibleName(tr("Decision matrix: type 1 to 5 to score a cell"));
    setModel(model);
    setEditTriggers(QAbstractItemView::NoEditTriggers); // typing a digit is the edit
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(false);
    setWordWrap(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    horizontalHeader()->setMinimumHeight(52);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(40);
    verticalHeader()->setMinimumWidth(180);
    verticalHeader()->setMaximumWidth(280);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const auto startAtFirstCell = [this] {
        if (!currentIndex().isValid() && m_model->rowCount() > 0 && m_model->criterionCount() > 0)
            setCurrentIndex(m_model->index(0, 0));
    };
    connect(model, &QAbstractItemModel::modelReset, this, startAtFirstCell);
    connect(model, &QAbstractItemModel::modelReset, this, &QWidget::updateGeometry);
    startAtFirstCell();
}

QSize MatrixTableView::sizeHint() const {
    QSize size = QTableView::sizeHint();
    const int rows = m_model->rowCount();
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth() + 2;
    for (int row = 0; row < rows; ++row)
        height += rowHeight(row) > 0 ? rowHeight(row) : verticalHeader()->defaultSectionSize();
    size.setHeight(std::max(height, horizontalHeader()->sizeHint().height() + 80));
    return size;
}

void MatrixTableView::keyPressEvent(QKeyEvent* event) {
    const QModelIndex current = currentIndex();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (plain && current.isValid() && m_model->isCriterionColumn(current.column())) {
        const int key = event->key();
        if (key >= Qt::Key_1 && key <= Qt::Key_5) {
            m_model->setData(current, key - Qt::Key_0);
            moveToNextCell();
            return;
        }
        if (key == Qt::Key_0 || key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            m_model->setData(current, 0);
            return;
        }
        if (key >= Qt::Key_6 && key <= Qt::Key_9) {
            event->accept(); // not a score; do not let it reach the search-as-you-type
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void MatrixTableView::moveToNextCell() {
    const QModelIndex current = currentIndex();
    int row = current.row();
    int column = current.column() + 1;
    if (column >= m_model->criterionCount()) {
        column = 0;
        ++row;
    }
    if (row >= m_model->rowCount())
        return; // the last cell: stay, so a second digit corrects it
    setCurrentIndex(m_model->index(row, column));
}
