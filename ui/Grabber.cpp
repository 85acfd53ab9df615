#include "Grabber.h"

#include "AudienceWindow.h"
#include "MainWindow.h"
#include "WorkshopPage.h"
#include "agenda/AgendaRunner.h"
#include "files/FileWriter.h"
#include "storage/WorkshopStore.h"

#include <QApplication>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>

namespace {
class GrabberText {
    Q_DECLARE_TR_FUNCTIONS(Grabber)
};
} // namespace

namespace Grabber {

QStringList grabWorkshop(WorkshopStore& store, const Clock& clock, qint64 workshopId,
                         const QString& folder, QString* error, QSize screen,
                         const Visitor& visit) {
    if (!store.workshop(workshopId)) {
        *error =
            GrabberText::tr("There is no workshop with id %1 in this library.").arg(workshopId);
        return {};
    }
    // A device, a named pipe or a plain file given as the folder is refused before anything is
    // rendered; mkpath() would only say it "could not be created".
    if (!folder.isEmpty() && QFileInfo::exists(folder) && !QFileInfo(folder).isDir()) {
        *error = GrabberText::tr("%1 is %2, not a folder. Choose a folder for the pictures.")
                     .arg(QDir::toNativeSeparators(folder), QFileInfo(folder).isFile()
                                                                ? GrabberText::tr("a file")
                                                                : FileWriter::kindOf(folder));
        return {};
    }
    if (!folder.isEmpty() && !QDir().mkpath(folder)) {
        *error = GrabberText::tr("The folder %1 could not be created.").arg(folder);
        return {};
    }
    MainWindow window(store, clock);
    window.resize(screen.isEmpty() ? QSize(1600, 1000) : screen);
    window.show();
    window.openWorkshop(workshopId);
    AgendaRunner* runner = window.workshopPage()->runner();
    runner->setPreview(true); // nothing below is saved
    window.present();
    AudienceWindow* projector = window.audienceWindow();
    projector->resize(screen.isEmpty() ? QSize(1920, 1080) : screen);

    QStringList written;
    const QDir dir(folder);
    const auto save = [&](QWidget* widget, const QString& name) {
        if (visit)
            visit(name, widget);
        if (folder.isEmpty()) {
            written << name;
            return true;
        }
        const QString file = dir.filePath(name);
        // Encoded in memory, then written like every other file of the app: completely,
        // checked, and only onto a regular file or a new name.
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!widget->grab().save(&buffer, "PNG")) {
            *error = GrabberText::tr("Could not encode the picture %1.").arg(file);
            return false;
        }
        if (!FileWriter::writeFile(file, png, error))
            return false;
        written << file;
        return true;
    };
    const QList<PlannedStage> stages = runner->stages();
    for (int i = 0; i < stages.size(); ++i) {
        runner->goTo(stages[i].key);
        // Before the event loop runs, deleteLater() waits for it: the pages of every stage
        // already grabbed would stay alive together, each with its widgets' style data.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents(); // let pages built on the stage change lay out
        const QString stem = QStringLiteral("%1-%2")
                                 .arg(i + 1, 2, 10, QLatin1Char('0'))
                                 .arg(QString(stages[i].key).replace(u'.', u'-'));
        projector->setLook(AudienceWindow::Look::Dark);
        if (!save(&window, QStringLiteral("console-%1.png").arg(stem)) ||
            !save(projector, QStringLiteral("projector-%1.png").arg(stem)))
            return {};
        projector->setLook(AudienceWindow::Look::Light); // for bright rooms
        QCoreApplication::processEvents();
        if (!save(projector, QStringLiteral("projector-light-%1.png").arg(stem)))
            return {};
    }
    // How to join the room from a phone, which J lays over any stage while the room is open.
    // The grab opens no room: the card shows an example address, code and link.
    projector->setInvitation(
        {QUrl(QStringLiteral("http://192.168.1.23:47123/#r=Qk3x9TzA0b_LmN7pRsUv2w")),
         QStringLiteral("192.168.1.23:47123"), QStringLiteral("K7M2QX")});
    projector->setJoinShown(true);
    for (const auto& [look, name] : {std::pair{AudienceWindow::Look::Dark, "dark"},
                                     std::pair{AudienceWindow::Look::Light, "light"}}) {
        projector->setLook(look);
        QCoreApplication::processEvents();
        if (!save(projector, QStringLiteral("projector-join-%1.png").arg(QLatin1String(name))))
            return {};
    }
    projector->setInvitation({});
    // The cheat sheet the E key lays over any stage, in both looks.
    projector->setExamplesShown(true);
    for (const auto& [look, name] : {std::pair{AudienceWindow::Look::Dark, "dark"},
                                     std::pair{AudienceWindow::Look::Light, "light"}}) {
        projector->setLook(look);
        QCoreApplication::processEvents();
        if (!save(projector, QStringLiteral("projector-examples-%1.png").arg(QLatin1String(name))))
            return {};
    }
    projector->setExamplesShown(false);
    projector->setLook(AudienceWindow::Look::Dark);
    window.endPresenting();
    return written;
}

} // namespace Grabber
