#pragma once
// The decision matrix as a table: one row per surviving candidate, one column per weighted
// criterion, then the weighted total and the rank. Cells hold 1..5 (empty until scored);
// editing a cell pushes an undoable command, and the model follows the store's signals, so
// totals, ranks, ties, leaders and "what would flip it" are always those of the stored
// matrix. DecisionMatrix does the arithmetic.
#include "domain/Candidate.h"
#include "scoring/DecisionMatrix.h"

#include <QAbstractTableModel>

#include <optional>

struct StageContext;

class MatrixModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        CandidateIdRole = Qt::UserRole + 1,
        CriterionIdRole, // on criterion columns (cells and headers)
        WeightRole,      // on criterion headers
        TotalRole,
        RankRole,
        TiedRole,
        LeaderRole,
        IncompleteRole,
    };

    explicit MatrixModel(StageContext& context, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // A value of 1..5 scores the cell; 0 or an empty value clears it. Anything else is
    // refused. The edit goes through the undo stack.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    int criterionCount() const { return int(m_matrix.criteria().size()); }
    int totalColumn() const { return criterionCount(); }
    int rankColumn() const { return criterionCount() + 1; }
    bool isCriterionColumn(int column) const { return column >= 0 && column < criterionCount(); }
    const DecisionMatrix& matrix() const { return m_matrix; }
    const QList<Candidate>& candidates() const { return m_candidates; }
    // "If … then … would lead." or empty when nothing would flip it (or nothing is scored).
    QString flipSentence() const;
    QList<qint64> leaders() const { return m_matrix.leaders(); }

    // Reads the store again; called on its change signals.
    void reload();

private:
    std::optional<MatrixRow> row(int index) const;

    StageContext& m_context;
    QList<Candidate> m_candidates;
    DecisionMatrix m_matrix;
    QList<MatrixRow> m_rows;
};
