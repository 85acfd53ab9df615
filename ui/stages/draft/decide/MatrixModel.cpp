#include "MatrixModel.h"

#include "Theme.h"
#include "scoring/Shortlist.h"
#include "session/DecisionCommands.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageContext.h"
#include "stages/draft/CandidateText.h"
#include "storage/WorkshopStore.h"

#include <QFont>
#include <QUndoStack>

MatrixModel::MatrixModel(StageContext& context, QObject* parent)
    : QAbstractTableModel(parent)
    , m_context(context) {
    connect(&m_context.store, &WorkshopStore::changed, this,
            [this](const WorkshopChanges& changes) {
                if (changes.has(m_context.workshopId, ChangeKind::Score | ChangeKind::Candidate))
                    reload();
            });
    beginResetModel();
    m_candidates = Shortlist::survivors(m_context.store.candidates(m_context.workshopId));
    m_matrix = DecisionMatrix(m_context.store.matrixCriteria(m_context.workshopId),
                              CandidateText::ids(m_candidates),
                              m_context.store.matrixScores(m_context.workshopId));
    m_rows = m_matrix.rows();
    endResetModel();
}

void MatrixModel::reload() {
    QList<Candidate> candidates =
        Shortlist::survivors(m_context.store.candidates(m_context.workshopId));
    DecisionMatrix matrix(m_context.store.matrixCriteria(m_context.workshopId),
                          CandidateText::ids(candidates),
                          m_context.store.matrixScores(m_context.workshopId));
    QList<qint64> oldColumns;
    QList<qint64> newColumns;
    for (const MatrixCriterion& c : m_matrix.criteria())
        oldColumns << c.id;
    for (const MatrixCriterion& c : matrix.criteria())
        newColumns << c.id;
    const bool sameShape = oldColumns == newColumns &&
                           CandidateText::ids(m_candidates) == CandidateText::ids(candidates);
    if (!sameShape)
        beginResetModel();
    m_candidates = std::move(candidates);
    m_matrix = std::move(matrix);
    m_rows = m_matrix.rows();
    if (!sameShape) {
        endResetModel();
        return;
    }
    // Same rows and columns: keep the view's current cell while values, names and weights move.
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

int MatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int MatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : criterionCount() + 2;
}

std::optional<MatrixRow> MatrixModel::row(int index) const {
    if (index < 0 || index >= m_rows.size())
        return std::nullopt;
    return m_rows.at(index);
}

QVariant MatrixModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto r = row(index.row());
    if (!r)
        return {};
    const int column = index.column();
    const bool scored = m_matrix.hasScores();
    const bool leader = scored && r->rank == 1;
    switch (role) {
    case CandidateIdRole:
        return r->candidateId;
    case CriterionIdRole:
        return isCriterionColumn(column) ? QVariant(m_matrix.criteria().at(column).id) : QVariant();
    case TotalRole:
        return r->total;
    case RankRole:
        return r->rank;
    case TiedRole:
        return scored && r->tied;
    case LeaderRole:
        return leader;
    case IncompleteRole:
        return r->incomplete;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole:
        if (leader || column >= criterionCount()) {
            QFont f = Theme::font(10.5, leader ? QFont::Bold : QFont::DemiBold);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        return leader ? QVariant(Theme::color(Theme::Role::Star).lighter(165)) : QVariant();
    case Qt::ToolTipRole:
        if (column == totalColumn() && r->incomplete)
            return tr("Not every criterion is scored yet for this candidate.");
        if (column == rankColumn() && scored && r->tied)
            return tr("Tied: another candidate has the same total.");
        return {};
    case Qt::EditRole:
        if (isCriterionColumn(column))
            return m_matrix.score(m_matrix.criteria().at(column).id, r->candidateId);
        return column == totalColumn() ? r->total : r->rank;
    case Qt::DisplayRole:
        if (isCriterionColumn(column)) {
            const int value = m_matrix.score(m_matrix.criteria().at(column).id, r->candidateId);
            return value > 0 ? QVariant(value) : QVariant();
        }
        if (column == totalColumn())
            return scored ? QVariant(r->total) : QVariant();
        if (!scored)
            return {};
        return r->tied ? tr("%1 · tie").arg(r->rank) : QString::number(r->rank);
    default:
        return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_candidates.size())
            return {};
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return CandidateText::name(m_candidates.at(section));
        if (role == CandidateIdRole)
            return m_candidates.at(section).id;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (section == totalColumn())
        return role == Qt::DisplayRole ? QVariant(tr("Total")) : QVariant();
    if (section == rankColumn())
        return role == Qt::DisplayRole ? QVariant(tr("Rank")) : QVariant();
    const MatrixCriterion& c = m_matrix.criteria().at(section);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n×%2").arg(CandidateText::lines(c.name, 12), QString::number(c.weight));
    case Qt::ToolTipRole:
        return tr("%1, weight %2 of 5").arg(c.name, QString::number(c.weight));
    case CriterionIdRole:
        return c.id;
    case WeightRole:
        return c.weight;
    default:
        return {};
    }
}

Qt::ItemFlags MatrixModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isCriterionColumn(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool MatrixModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !isCriterionColumn(index.column()))
        return false;
    bool ok = true;
    const int score = value.isNull() || value.toString().trimmed().isEmpty()
                          ? 0
                          : value.toString().trimmed().toInt(&ok);
    if (!ok || score < 0 || score > DecisionMatrix::MaxValue)
        return false;
    const qint64 criterionId = m_matrix.criteria().at(index.column()).id;
    const qint64 candidateId = m_candidates.at(index.row()).id;
    if (m_matrix.score(criterionId, candidateId) == score)
        return true;
    m_context.session.push(DecisionCommands::setMatrixScore(m_context.store, m_context.workshopId,
                                                            criterionId, candidateId, score));
    return true;
}

QString MatrixModel::flipSentence() const {
    const auto flip = m_matrix.whatWouldFlip(CandidateText::names(m_candidates));
    return flip ? flip->sentence : QString();
}
