#include "UserText.h"

#include <QGuiApplication>

namespace UserText {

namespace {
bool mayTurnTheSentence(const QString& text) {
    if (QGuiApplication::layoutDirection() == Qt::RightToLeft)
        return true;
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirR:
        case QChar::DirAL:
        case QChar::DirAN:
        case QChar::DirRLE:
        case QChar::DirRLO:
        case QChar::DirRLI:
        case QChar::DirFSI:
        case QChar::DirLRE:
        case QChar::DirLRO:
        case QChar::DirLRI:
        case QChar::DirPDF:
        case QChar::DirPDI:
            return true;
        default:
            break;
        }
    }
    return false;
}
} // namespace

QString isolate(const QString& text) {
    if (text.isEmpty() || !mayTurnTheSentence(text))
        return text;
    return QChar(FirstStrongIsolate) + text + QChar(PopDirectionalIsolate);
}

QString isolateEach(const QStringList& texts, const QString& separator) {
    QStringList isolated;
    isolated.reserve(texts.size());
    for (const QString& text : texts)
        isolated << isolate(text);
    return isolated.join(separator);
}

} // namespace UserText
