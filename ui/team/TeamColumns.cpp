#include "TeamColumns.h"

#include "TeamListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace {

constexpr int NorthStarAtLeast = 220;

class NorthStarFit : public QObject {
public:
    explicit NorthStarFit(QTableView* view)
        : QObject(view)
        , m_view(view) {
        view->viewport()->installEventFilter(this);
        connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
            if (column != TeamListModel::NorthStar)
                fit();
        });
    }

    void fit() {
        QHeaderView* header = m_view->horizontalHeader();
        int others = 0;
        for (int column = 0; column < header->count(); ++column)
            if (column != TeamListModel::NorthStar)
                others += header->sectionSize(column);
        const int room = m_view->viewport()->width() - others;
        header->resizeSection(TeamListModel::NorthStar, qMax(NorthStarAtLeast, room));
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Resize && watched == m_view->viewport())
            fit();
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView* m_view;
};

} // namespace

void fitTeamColumns(QTableView* view) {
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    const QList<int> widths = {200, 140, 100, 130, 140, NorthStarAtLeast, 90, 110, 170, 60};
    for (int column = 0; column < widths.size() && column < header->count(); ++column)
        header->resizeSection(column, qMax(widths[column], header->sectionSizeHint(column)));
    (new NorthStarFit(view))->fit();
}
