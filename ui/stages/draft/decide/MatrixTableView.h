#pragma once
// The console's decision-matrix table, made for scoring without the mouse: typing 1 to 5
// stores the score in the current cell and moves on to the next cell (along the row, then
// to the next row); 0, Delete or Backspace clears the cell. Totals and ranks sit in the last
// two columns; ties and the leaders are marked by the model.
#include <QTableView>

class MatrixModel;

class MatrixTableView : public QTableView {
    Q_OBJECT

public:
    explicit MatrixTableView(MatrixModel* model, QWidget* parent = nullptr);

    // Tall enough for every row, so a short matrix does not leave an empty white box.
    QSize sizeHint() const override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void moveToNextCell();

    MatrixModel* m_model;
};
