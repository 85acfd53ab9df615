#include "widgets/SlowTask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

bool SlowTask::run(QWidget* parent, const QString& label, const std::function<void()>& work,
                   int delayMs) {
    std::unique_ptr<QThread> thread(QThread::create(work));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);

    std::unique_ptr<QProgressDialog> dialog;
    QTimer delay;
    delay.setSingleShot(true);
    QObject::connect(&delay, &QTimer::timeout, &loop, [&] {
        // Made only when needed: a QProgressDialog shows itself on its own timer otherwise.
        dialog = std::make_unique<QProgressDialog>(label, QString(), 0, 0, parent);
        dialog->setObjectName(QStringLiteral("slowTaskProgress"));
        dialog->setAccessibleName(label);
        dialog->setWindowTitle(label);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(0);
        dialog->setAutoClose(false);
        dialog->show();
    });

    thread->start();
    delay.start(delayMs);
    // Clicks and keys wait until the work is done; paint and timer events still flow.
    if (!thread->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delay.stop();
    return dialog != nullptr;
}
