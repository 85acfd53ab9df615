#pragma once
// The translation context of the JSON import and export, declared once with Qt's macro so that
// lupdate and the code agree. The context string is the one the exchange has always used
// ("JsonExchange"), so existing translations still match.
#include <QCoreApplication>

class ExchangeText {
    Q_DECLARE_TR_FUNCTIONS(JsonExchange)
};

// The Markdown and CSV exports' words, in the context "TextExports".
class TextExportsText {
    Q_DECLARE_TR_FUNCTIONS(TextExports)
};
