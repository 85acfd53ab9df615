#include "TextLimit.h"

#include "InputGuard.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextCursor>
#include <QTextDocument>
#include <QValidator>

#include <algorithm>
#include <limits>

namespace {

// A validator sees the whole text before it is shown, whichever way it came: QLineEdit runs
// it after every change, and the accessibility interface asks it before setting a value.
class LengthLimit : public QValidator {
public:
    LengthLimit(QLineEdit* field, int limit)
        : QValidator(field)
        , m_field(field)
        , m_limit(limit) {}

    int limit() const { return m_limit; }

    State validate(QString& input, int& pos) const override {
        if (input.size() <= m_limit)
            return Acceptable;
        const int offered = int(input.size());
        qsizetype kept = m_limit;
        if (kept > 0 && input.at(kept - 1).isHighSurrogate())
            --kept; // never half a character
        input.truncate(kept);
        pos = std::min(pos, int(kept));
        InputGuard::reportCut(m_field, int(kept), offered, m_limit);
        return Acceptable;
    }

private:
    QPointer<QLineEdit> m_field;
    int m_limit;
};

} // namespace

namespace TextLimit {

void apply(QLineEdit* field, int limit) {
    // QLineEdit's own maximum would cut first and silently; the validator does it instead.
    field->setMaxLength(std::numeric_limits<int>::max());
    field->setValidator(new LengthLimit(field, limit));
}

void apply(QPlainTextEdit* field, int limit) {
    field->setProperty("lodestarTextLimit", limit);
    QObject::connect(field, &QPlainTextEdit::textChanged, field, [field, limit] {
        const QTextDocument* document = field->document();
        const int offered = document->characterCount() - 1; // less the closing paragraph mark
        if (offered <= limit)
            return;
        int kept = limit;
        if (kept > 0 && document->characterAt(kept - 1).isHighSurrogate())
            --kept; // never half a character
        QTextCursor cut(field->document());
        cut.setPosition(kept);
        cut.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cut.removeSelectedText(); // changes the text again: the handlers after this see it cut
        InputGuard::reportCut(field, kept, offered, limit);
    });
}

int of(const QLineEdit* field) {
    const auto* limit = dynamic_cast<const LengthLimit*>(field->validator());
    return limit ? limit->limit() : 0;
}

int of(const QPlainTextEdit* field) {
    return field->property("lodestarTextLimit").toInt();
}

} // namespace TextLimit
