#include "LibraryProblemDialog.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

LibraryProblemDialog::LibraryProblemDialog(const QString& message, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Lodestar cannot open this library"));
    setObjectName(QStringLiteral("libraryProblemDialog"));
    setMinimumWidth(520);

    auto* title = new QLabel(tr("This library could not be opened"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    auto* text = new QLabel(message, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* fresh = new QPushButton(tr("Start a new library"), this);
    fresh->setObjectName(QStringLiteral("primary"));
    fresh->setAccessibleName(tr("Start a new library"));
    auto* other = new QPushButton(tr("Open another library or backup…"), this);
    other->setAccessibleName(tr("Open another library or backup"));
    auto* quit = new QPushButton(tr("Quit"), this);
    quit->setAccessibleName(tr("Quit Lodestar"));
    connect(fresh, &QPushButton::clicked, this, [this] {
        m_choice = Choice::NewLibrary;
        accept();
    });
    connect(other, &QPushButton::clicked, this, &LibraryProblemDialog::chooseFile);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(quit);
    buttons->addStretch();
    buttons->addWidget(other);
    buttons->addWidget(fresh);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addLayout(buttons);
    fresh->setFocus();
}

void LibraryProblemDialog::chooseFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a Lodestar library"), QString(),
                                     tr("Lodestar libraries (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    m_chosenPath = path;
    m_choice = Choice::OpenAnother;
    accept();
}
