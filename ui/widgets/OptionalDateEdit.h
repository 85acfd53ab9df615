#pragma once
// A date editor that also allows "no date": the lowest date stands for none and reads as
// the special text. Delete or Backspace on the whole field clears it; stepping up from
// "no date" starts at today instead of the year 2000. It has a calendar pop-up.
#include <QDateEdit>

class OptionalDateEdit : public QDateEdit {
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    // A null QDate while "no date" is shown.
    QDate optionalDate() const;
    void setOptionalDate(const QDate& date);
    void clear() override;

    void stepBy(int steps) override;

signals:
    // The user changed the date (not emitted by setOptionalDate).
    void optionalDateEdited(const QDate& date);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    StepEnabled stepEnabled() const override;

private:
    static QDate none();
    bool m_loading = false;
};
