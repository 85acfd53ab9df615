#pragma once
// The cheat sheet on the console: North Star Metrics other companies chose, with their
// inputs and a note where the playbook has them. Opened with E; it does not block the
// console, so the facilitator can keep it beside the stage page.
#include <QDialog>

class ExamplesDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExamplesDialog(QWidget* parent = nullptr);
};
