#pragma once
// Widget tests of the history: the library grouped by product (Ctrl+G) and one product's
// page opened with the keyboard, as a facilitator would.
#include <QString>

class MainWindow;

namespace ProductPages {
// Groups the library by product and opens the product named `name` (QVERIFY on failure).
void open(MainWindow& window, const QString& name);
} // namespace ProductPages
