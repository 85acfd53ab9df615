#pragma once
// The decision-matrix half of "decide" on the console: the table (digits score, the cursor
// moves on), "what would flip it" under it, one click between the four standard criteria
// and the seven checklist criteria (asking first when that would clear scores), and the
// criteria themselves — add, rename, weigh 1 to 5, remove. Every change can be undone.
#include "DecideData.h"
#include "domain/Scoring.h"

#include <QHash>

#include <QWidget>

class MatrixModel;
class MatrixTableView;
class QAbstractButton;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
struct StageContext;

class MatrixPanel : public QWidget {
    Q_OBJECT

public:
    explicit MatrixPanel(StageContext& context, QWidget* parent = nullptr);

    MatrixModel* model() const { return m_model; }
    MatrixTableView* table() const { return m_table; }
    QLabel* flipLabel() const { return m_flip; }
    // Turns a small projector to the "what would flip it" page after the matrix's, and back.
    QAbstractButton* flipPageButton() const { return m_flipPage; }
    QAbstractButton* standardButton() const { return m_standard; }
    QAbstractButton* checklistButton() const { return m_checklist; }
    QAbstractButton* addCriterionButton() const { return m_add; }
    QWidget* confirmBar() const { return m_confirmBar; }
    QAbstractButton* confirmButton() const { return m_confirm; }
    QAbstractButton* keepButton() const { return m_keep; }
    QList<qint64> criterionIds() const { return m_criterionIds; }
    QLineEdit* nameEdit(qint64 criterionId) const { return m_rows.value(criterionId).name; }
    QSpinBox* weightBox(qint64 criterionId) const { return m_rows.value(criterionId).weight; }
    QAbstractButton* removeButton(qint64 criterionId) const {
        return m_rows.value(criterionId).remove;
    }

public slots:
    void useStandardCriteria();
    void useChecklistCriteria();
    void addCriterion();

private:
    struct CriterionRow {
        QWidget* widget = nullptr;
        QLineEdit* name = nullptr;
        QSpinBox* weight = nullptr;
        QAbstractButton* remove = nullptr;
    };

    void requestRubric(const QList<MatrixCriterion>& criteria, const QString& text);
    void applyPendingRubric();
    void refresh();
    void refreshCriteria();
    void showPage(const DecideData::MatrixCursor& cursor);
    QWidget* createCriterionRow(const MatrixCriterion& criterion);

    StageContext& m_context;
    MatrixModel* m_model;
    MatrixTableView* m_table;
    QLabel* m_flip;
    QAbstractButton* m_flipPage;
    QAbstractButton* m_standard;
    QAbstractButton* m_checklist;
    QAbstractButton* m_add;
    QWidget* m_confirmBar;
    QLabel* m_confirmText;
    QAbstractButton* m_confirm;
    QAbstractButton* m_keep;
    QGridLayout* m_criteriaGrid;
    QList<qint64> m_criterionIds;
    QHash<qint64, CriterionRow> m_rows;
    QList<MatrixCriterion> m_pending;
    QString m_pendingText;
};
