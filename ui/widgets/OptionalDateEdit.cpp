#include "OptionalDateEdit.h"

#include <QKeyEvent>
#include <QLineEdit>

QDate OptionalDateEdit::none() {
    return {2000, 1, 1};
}

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QDateEdit(parent) {
    setCalendarPopup(true);
    setMinimumDate(none());
    setSpecialValueText(tr("no date"));
    setDisplayFormat(QStringLiteral("d MMM yyyy"));
    setDate(none());
    connect(this, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            emit optionalDateEdited(optionalDate());
    });
}

QDate OptionalDateEdit::optionalDate() const {
    return date() == none() ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate& date) {
    const QDate shown = date.isValid() && date > none() ? date : none();
    if (shown == this->date())
        return;
    m_loading = true;
    setDate(shown);
    m_loading = false;
}

void OptionalDateEdit::clear() {
    setDate(none());
}

void OptionalDateEdit::stepBy(int steps) {
    if (date() == none() && steps > 0) {
        setDate(QDate::currentDate());
        return;
    }
    QDateEdit::stepBy(steps);
}

QAbstractSpinBox::StepEnabled OptionalDateEdit::stepEnabled() const {
    if (date() == none())
        return StepUpEnabled;
    return QDateEdit::stepEnabled() | StepDownEnabled;
}

void OptionalDateEdit::keyPressEvent(QKeyEvent* event) {
    const bool wholeField = lineEdit()->selectedText() == lineEdit()->text();
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
        (wholeField || date() == none())) {
        clear();
        event->accept();
        return;
    }
    QDateEdit::keyPressEvent(event);
}
