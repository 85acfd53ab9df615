#pragma once
// File ▸ Export (PDF report, Markdown, CSV, JSON) and File ▸ Import. Exports the open
// workshop, or the one selected in the library; renders on a worker thread, with a progress
// dialog when it takes longer than 300 ms, and writes through FileWriter. Import is strict and
// all-or-nothing.
#include "exchange/WorkshopExchange.h"

#include <QObject>
#include <QPageSize>

#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;
class WorkshopStore;

class ExportActions : public QObject {
    Q_OBJECT

public:
    using CurrentWorkshop = std::function<qint64()>;
    // Asks where to save; an empty answer cancels. Tests replace the file dialogs.
    using SaveChooser = std::function<QString(ExportFormat format, const QString& suggested)>;
    using OpenChooser = std::function<QString()>;
    using Renderer = std::function<std::optional<QByteArray>(const WorkshopDocument&, ExportFormat,
                                                             const ReportOptions&, QString* error)>;

    ExportActions(WorkshopStore& store, CurrentWorkshop current, QWidget* window);

    QMenu* exportMenu() const { return m_menu; }
    QAction* exportAction(ExportFormat format) const;
    QAction* importAction() const { return m_import; }
    // Export needs a workshop: call when the open or selected workshop changes.
    void updateEnabled();

    QPageSize::PageSizeId pageSize() const;
    void setPageSize(QPageSize::PageSizeId size); // remembered in the settings

    void setSaveChooser(SaveChooser chooser) { m_chooseSave = std::move(chooser); }
    void setOpenChooser(OpenChooser chooser) { m_chooseOpen = std::move(chooser); }
    void setRenderer(Renderer renderer) { m_render = std::move(renderer); }
    void setProgressDelay(int ms) { m_progressDelayMs = ms; }

    // What the actions do once a file is chosen; true / an id on success.
    bool exportTo(qint64 workshopId, ExportFormat format, const QString& path);
    std::optional<qint64> importFrom(const QString& path);

signals:
    void statusMessage(const QString& message);
    void problem(const QString& message);
    void workshopImported(qint64 workshopId);

private:
    void exportCurrent(ExportFormat format);
    void importChosen();
    QString chooseSavePath(ExportFormat format, const QString& suggested) const;
    QString chooseOpenPath() const;

    WorkshopStore& m_store;
    CurrentWorkshop m_current;
    QWidget* m_window;
    QMenu* m_menu;
    QList<QAction*> m_exports; // in ExportFormat order
    QActionGroup* m_pageSizes;
    QAction* m_import;
    SaveChooser m_chooseSave;
    OpenChooser m_chooseOpen;
    Renderer m_render;
    int m_progressDelayMs;
};
