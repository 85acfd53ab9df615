#include "ExamplesDialog.h"

#include "playbook/Playbook.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

ExamplesDialog::ExamplesDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("examplesDialog"));
    setWindowTitle(tr("North Stars others chose"));
    setAccessibleName(tr("Example North Stars"));
    setModal(false);
    auto* host = new QWidget(this);
    auto* list = new QVBoxLayout(host);
    list->setContentsMargins(20, 16, 20, 16);
    list->setSpacing(10);
    for (const ReferenceExample& example : Playbook::standard().referenceExamples()) {
        auto* frame = new QFrame(host);
        frame->setObjectName(QStringLiteral("card"));
        auto* body = new QVBoxLayout(frame);
        body->setContentsMargins(16, 12, 16, 12);
        auto* company = new QLabel(example.company, frame);
        company->setObjectName(QStringLiteral("sectionTitle"));
        company->setTextFormat(Qt::PlainText);
        auto* metric = new QLabel(example.metric, frame);
        metric->setTextFormat(Qt::PlainText);
        metric->setWordWrap(true);
        metric->setStyleSheet(QStringLiteral("font-size: 13pt;"));
        body->addWidget(company);
        body->addWidget(metric);
        QStringList details;
        if (!example.inputs.isEmpty())
            details << tr("Inputs: %1").arg(example.inputs.join(tr("; ")));
        if (!example.note.isEmpty())
            details << example.note;
        if (!details.isEmpty()) {
            auto* more = new QLabel(details.join(u'\n'), frame);
            more->setObjectName(QStringLiteral("pageSubtitle"));
            more->setTextFormat(Qt::PlainText);
            more->setWordWrap(true);
            body->addWidget(more);
        }
        list->addWidget(frame);
    }
    list->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(host);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the examples"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(560, 720);
}
