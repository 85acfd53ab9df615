#include "Grabber.h"

#include "AudienceWindow.h"
#include "MainWindow.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "storage/WorkshopStore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QPixmap>

namespace Grabber {

QStringList grabWorkshop(WorkshopStore& store, const Clock& clock, qint64 workshopId,
                         const QString& folder, QString* error) {
    auto tr = [](const char* text) { return QCoreApplication::translate("Grabber", text); };
    if (!store.workshop(workshopId)) {
        *error = tr("There is no workshop with id %1 in this library.").arg(workshopId);
        return {};
    }
    if (!QDir().mkpath(folder)) {
        *error = tr("The folder %1 could not be created.").arg(folder);
        return {};
    }
    MainWindow window(store, clock);
    window.resize(1600, 1000);
    window.show();
    window.openWorkshop(workshopId);
    AgendaRunner* runner = window.workshopPage()->runner();
    runner->setPreview(true); // nothing below is saved
    window.present();
    AudienceWindow* projector = window.audienceWindow();
    projector->resize(1920, 1080);

    QStringList written;
    const QDir dir(folder);
    const QList<PlannedStage> stages = runner->stages();
    for (int i = 0; i < stages.size(); ++i) {
        runner->goTo(stages[i].key);
        QCoreApplication::processEvents(); // let pages built on the stage change lay out
        const QString stem = QStringLiteral("%1-%2")
                                 .arg(i + 1, 2, 10, QLatin1Char('0'))
                                 .arg(QString(stages[i].key).replace(u'.', u'-'));
        for (const auto& [name, widget] :
             {std::pair{QStringLiteral("console"), static_cast<QWidget*>(&window)},
              std::pair{QStringLiteral("projector"), static_cast<QWidget*>(projector)}}) {
            const QString file = dir.filePath(QStringLiteral("%1-%2.png").arg(name, stem));
            if (!widget->grab().save(file)) {
                *error = tr("Could not write %1.").arg(file);
                return {};
            }
            written << file;
        }
    }
    window.endPresenting();
    return written;
}

} // namespace Grabber
