#include "HostileText.h"

QList<HostileString> hostileStrings() {
    return {
        {"empty", QString()},
        {"whitespace", QStringLiteral(" \t  \n ")},
        {"emoji",
         QStringLiteral(
             "Weekly 🚀 launches 👩🏽‍🚀 with family 👨‍👩‍👧‍👦")},
        {"right-to-left", QStringLiteral("مقياس النجم الشمالي — מדד כוכב הצפון")},
        {"combining marks", QStringLiteral("Z̷̢̛a̶͎͝l̴̰̈g̸̱̈́ȍ̵͜ café")},
        {"quotes", QStringLiteral("It's \"the\" `best` ‘metric’ «ever»")},
        {"sql", QStringLiteral("'; DROP TABLE workshop;--")},
        {"html", QStringLiteral("<b>bold</b><script>alert(1)</script>")},
        {"image tag", QStringLiteral("<img src=\"file:///etc/passwd\"><b>x</b>")},
        {"backslashes", QStringLiteral("C:\\path\\%1%2 %s %n")},
        {"10,000 characters", QString(10000, QChar(u'x'))},
    };
}
