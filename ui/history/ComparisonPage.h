#pragma once
// Two workshops' North Stars side by side, for a leadership reader: a summary of what
// changed in plain sentences, then the metric, its definition, the game, every input and
// the guardrail, earlier on the left and later on the right, each difference highlighted
// and labelled (kept, renamed, new definition, new owner, added, removed), and the team's
// note on why. Two workshops of different products (compared from the library) are set side
// by side instead: what differs, and no note on why. The words come from WorkshopComparison
// and ComparisonText; this page only lays them out. Either side may be a team library's
// workshop, given in memory as read from its document (Side::team), never written to.
#include "history/WorkshopComparison.h"

#include <QDateTime>

#include <QWidget>

#include <functional>
#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;
class WorkshopStore;

class ComparisonPage : public QWidget {
    Q_OBJECT

public:
    explicit ComparisonPage(WorkshopStore& store, QWidget* parent = nullptr);

    // Where Back leads: the product's history, or the library's list of workshops.
    enum class Origin { ProductHistory, Workshops };

    // One side: a workshop of the laptop's library, read again whenever it changes, or a team
    // library's workshop, as read from its document.
    struct Side {
        qint64 workshopId = 0;
        std::optional<NorthStarRecord> team;
        QString publishedBy;
        QDateTime publishedAt;
    };

    // Compares the workshops `older` and `newer` (the caller orders them by date).
    void compare(qint64 older, qint64 newer, Origin origin = Origin::ProductHistory);
    void compare(const Side& older, const Side& newer, Origin origin = Origin::ProductHistory);
    const std::optional<WorkshopComparison>& comparison() const { return m_comparison; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* noteButton() const { return m_note; }
    QPushButton* pdfButton() const { return m_pdf; }
    // The one-paragraph summary at the top, as shown.
    QString summaryText() const;

    // Asks where to save the PDF; an empty answer cancels. Tests replace the file dialog.
    using SaveChooser = std::function<QString(const QString& suggested)>;
    void setSaveChooser(SaveChooser chooser) { m_chooseSave = std::move(chooser); }
    // Writes the comparison as a PDF to `path`; says how it went on statusMessage or problem.
    bool saveAsPdf(const QString& path);

public slots:
    void savePdf();

protected:
    void showEvent(QShowEvent* event) override;

signals:
    void backRequested();
    void noteRequested(qint64 workshopId, bool kept); // kept: the same North Star
    void statusMessage(const QString& message);
    void problem(const QString& message);

private:
    void rebuild();
    void addSummary();
    void addTable();
    void addWhy();
    // One aspect on one row: its cells (first line in bold when `boldFirst`) and a labelled
    // chip; a row that differs is highlighted. Returns the next row.
    int addRow(QGridLayout* grid, QWidget* parent, int row, const QString& aspect,
               const QStringList& before, const QStringList& after, const QString& change,
               const QString& changeKind, bool boldFirst);

    std::optional<NorthStarRecord> recordOf(const Side& side) const;
    QString teamLine() const; // which side is the team library's, published by whom and when

    WorkshopStore& m_store;
    Side m_older;
    Side m_newer;
    bool m_stale = false;
    std::optional<WorkshopComparison> m_comparison;
    QLabel* m_title;
    QLabel* m_subtitle;
    QPushButton* m_back;
    QPushButton* m_note;
    QPushButton* m_pdf;
    SaveChooser m_chooseSave;
    QScrollArea* m_scroll;
    QWidget* m_body = nullptr;
    QVBoxLayout* m_bodyLayout = nullptr;
    QLabel* m_summary = nullptr;
};
