// One pass over the bytes, outside the parser: it only has to follow strings and the
// nesting of objects and arrays, because the parser has already checked everything else.
#include "JsonSyntax.h"

#include "ExchangeText.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>

namespace {

struct Frame {
    bool isObject = false;
    QString label;       // ".name" or "[3]" as seen from the parent; empty at the top
    QSet<QString> names; // member names seen so far (objects)
    QString member;      // the member whose value comes next or is being read (objects)
    qsizetype index = 0; // the element being read (arrays)
    bool expectName = false;
};

QString pathOf(const QList<Frame>& frames, const QString& last) {
    QString path;
    for (const Frame& f : frames)
        path += f.label;
    path += last;
    return path.startsWith(u'.') ? path.mid(1) : path;
}

// The text of a member name. Names with escapes are rare; the parser decodes those.
QString decodeName(const QByteArray& raw) {
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    const QJsonDocument doc = QJsonDocument::fromJson("[\"" + raw + "\"]");
    return doc.array().at(0).toString();
}

} // namespace

namespace JsonSyntax {

QString problem(const QByteArray& json) {
    QList<Frame> frames;
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = json.at(i);
        if (c == '"') {
            const bool isName =
                !frames.isEmpty() && frames.last().isObject && frames.last().expectName;
            const qsizetype start = i + 1;
            for (++i; i < size && json.at(i) != '"'; ++i) {
                const uchar b = uchar(json.at(i));
                if (b == '\\') {
                    ++i;
                } else if (b < 0x20) {
                    QString where;
                    if (!frames.isEmpty())
                        where = frames.last().isObject
                                    ? (isName ? QString() : u'.' + frames.last().member)
                                    : QStringLiteral("[%1]").arg(frames.last().index);
                    return ExchangeText::tr(
                               "%1: contains a raw control character (U+%2); inside text it "
                               "must be written as an escape such as \\n or \\u%2")
                        .arg(pathOf(frames, where).isEmpty() ? ExchangeText::tr("file")
                                                             : pathOf(frames, where))
                        .arg(int(b), 4, 16, QLatin1Char('0'));
                }
            }
            if (isName) {
                Frame& top = frames.last();
                top.member = decodeName(json.mid(start, i - start));
                if (top.names.contains(top.member))
                    return ExchangeText::tr(
                               "%1: appears twice in the same object; each member may be given "
                               "only once")
                        .arg(pathOf(frames, u'.' + top.member.left(40)));
                top.names.insert(top.member);
                top.expectName = false;
            }
        } else if (c == '{' || c == '[') {
            Frame frame;
            frame.isObject = c == '{';
            frame.expectName = frame.isObject;
            if (!frames.isEmpty())
                frame.label = frames.last().isObject
                                  ? u'.' + frames.last().member
                                  : QStringLiteral("[%1]").arg(frames.last().index);
            frames.append(frame);
        } else if (c == '}' || c == ']') {
            if (!frames.isEmpty())
                frames.removeLast();
        } else if (c == ',' && !frames.isEmpty()) {
            Frame& top = frames.last();
            if (top.isObject)
                top.expectName = true;
            else
                ++top.index;
        }
    }
    return {};
}

} // namespace JsonSyntax
