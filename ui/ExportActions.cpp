#include "ExportActions.h"

#include "playbook/Playbook.h"
#include "storage/WorkshopStore.h"
#include "widgets/SlowTask.h"

#include <QAction>
#include <QActionGroup>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace {

const QString FolderKey = QStringLiteral("export/folder");
const QString PageSizeKey = QStringLiteral("export/pageSize");

QString lastFolder() {
    const QString remembered = QSettings().value(FolderKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace

ExportActions::ExportActions(WorkshopStore& store, CurrentWorkshop current, QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_current(std::move(current))
    , m_window(window)
    , m_menu(new QMenu(tr("E&xport"), window))
    , m_pageSizes(new QActionGroup(this))
    , m_import(new QAction(tr("&Import workshop…"), this))
    , m_render([](const WorkshopDocument& doc, ExportFormat format, const ReportOptions& options,
                  QString* error) {
        return WorkshopExchange::render(doc, Playbook::standard(), format, options, error);
    })
    , m_progressDelayMs(SlowTask::DefaultDelayMs) {
    m_menu->setObjectName(QStringLiteral("exportMenu"));
    const struct {
        ExportFormat format;
        QString text;
        QString tip;
    } formats[] = {
        {ExportFormat::Pdf, tr("&PDF report…"),
         tr("The North Star and how the room got there, ready to send to leadership")},
        {ExportFormat::Markdown, tr("&Markdown for a wiki…"),
         tr("The same report as Markdown text, to paste into a wiki page")},
        {ExportFormat::Csv, tr("&CSV of the candidates…"),
         tr("Every candidate with its scores, for a spreadsheet")},
        {ExportFormat::Json, tr("&JSON for another Lodestar…"),
         tr("The whole workshop, to import into another Lodestar library")},
    };
    for (const auto& f : formats) {
        QAction* action = m_menu->addAction(f.text);
        action->setToolTip(f.tip);
        action->setStatusTip(f.tip);
        const ExportFormat format = f.format;
        connect(action, &QAction::triggered, this, [this, format] { exportCurrent(format); });
        m_exports << action;
    }
    m_exports.first()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    m_menu->addSeparator();
    QMenu* sizes = m_menu->addMenu(tr("PDF &page size"));
    sizes->setObjectName(QStringLiteral("pageSizeMenu"));
    for (const auto& [size, text] :
         {std::pair{QPageSize::A4, tr("&A4")}, std::pair{QPageSize::Letter, tr("US &Letter")}}) {
        QAction* action = sizes->addAction(text);
        action->setCheckable(true);
        action->setData(int(size));
        m_pageSizes->addAction(action);
        connect(action, &QAction::triggered, this, [this, size = size] { setPageSize(size); });
    }
    setPageSize(pageSize());

    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setStatusTip(tr("Add a workshop exported as JSON to this library"));
    connect(m_import, &QAction::triggered, this, &ExportActions::importChosen);
    updateEnabled();
}

QAction* ExportActions::exportAction(ExportFormat format) const {
    return m_exports.value(int(format));
}

void ExportActions::updateEnabled() {
    const bool any = m_current && m_current() > 0;
    for (QAction* action : std::as_const(m_exports))
        action->setEnabled(any);
}

QPageSize::PageSizeId ExportActions::pageSize() const {
    const QString saved = QSettings().value(PageSizeKey).toString();
    if (saved == u"letter")
        return QPageSize::Letter;
    if (saved == u"a4")
        return QPageSize::A4;
    return defaultReportPageSize();
}

void ExportActions::setPageSize(QPageSize::PageSizeId size) {
    QSettings().setValue(PageSizeKey, size == QPageSize::Letter ? QStringLiteral("letter")
                                                                : QStringLiteral("a4"));
    for (QAction* action : m_pageSizes->actions())
        action->setChecked(action->data().toInt() == int(size));
}

bool ExportActions::exportTo(qint64 workshopId, ExportFormat format, const QString& path) {
    QString error;
    const auto doc = WorkshopDocument::load(m_store, workshopId, &error);
    if (!doc) {
        emit problem(error);
        return false;
    }
    ReportOptions options;
    options.pageSize = pageSize();
    options.exportedAt = QDateTime::currentDateTime();
    options.evolution = NorthStarEvolution::load(m_store, workshopId);

    std::optional<QByteArray> bytes;
    const Renderer render = m_render;
    SlowTask::run(
        m_window, tr("Writing %1…").arg(QFileInfo(path).fileName()),
        [&] { bytes = render(*doc, format, options, &error); }, m_progressDelayMs);
    if (!bytes || !WorkshopExchange::save(*bytes, path, &error)) {
        emit problem(error);
        return false;
    }
    emit statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

std::optional<qint64> ExportActions::importFrom(const QString& path) {
    QString error;
    const auto id = WorkshopExchange::importFile(m_store, path, &error);
    if (!id) {
        emit problem(error);
        return std::nullopt;
    }
    const auto workshop = m_store.workshop(*id);
    emit statusMessage(
        tr("Imported “%1” into the library").arg(workshop ? workshop->title : QString()));
    emit workshopImported(*id);
    return id;
}

void ExportActions::exportCurrent(ExportFormat format) {
    const qint64 id = m_current ? m_current() : 0;
    const auto workshop = id > 0 ? m_store.workshop(id) : std::nullopt;
    if (!workshop)
        return;
    const QString suggested =
        QDir(lastFolder()).filePath(WorkshopExchange::suggestedFileName(*workshop, format));
    const QString path = chooseSavePath(format, suggested);
    if (path.isEmpty())
        return;
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    exportTo(id, format, path);
}

void ExportActions::importChosen() {
    const QString path = chooseOpenPath();
    if (path.isEmpty())
        return;
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    importFrom(path);
}

QString ExportActions::chooseSavePath(ExportFormat format, const QString& suggested) const {
    if (m_chooseSave)
        return m_chooseSave(format, suggested);
    const QString filters[] = {tr("PDF report (*.pdf)"), tr("Markdown (*.md)"), tr("CSV (*.csv)"),
                               tr("Lodestar JSON (*.json)")};
    QFileDialog dialog(m_window, tr("Export workshop"), suggested, filters[int(format)]);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(WorkshopExchange::fileSuffix(format));
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

QString ExportActions::chooseOpenPath() const {
    if (m_chooseOpen)
        return m_chooseOpen();
    return QFileDialog::getOpenFileName(m_window, tr("Import workshop"), lastFolder(),
                                        tr("Lodestar JSON (*.json);;All files (*)"));
}
