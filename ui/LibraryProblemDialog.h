#pragma once
// Shown when the library file cannot be opened: says what happened in plain words, that
// the file was not changed, and offers a way forward: a fresh library or another file.
#include <QDialog>

class LibraryProblemDialog : public QDialog {
    Q_OBJECT

public:
    enum class Choice { Quit, NewLibrary, OpenAnother };

    LibraryProblemDialog(const QString& message, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QString chosenPath() const { return m_chosenPath; }

private:
    void chooseFile();

    Choice m_choice = Choice::Quit;
    QString m_chosenPath;
};
