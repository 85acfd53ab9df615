#pragma once
// The QR code the room joins by: a join link turned into a square of dark and light modules,
// with libqrencode, at error correction level M (about 15% of the code may be covered or
// smudged and it still scans). Painting it is the console's business (ui/room/QrCodeView);
// this is only the matrix, so the model stays free of widgets.
#include <QByteArray>
#include <QList>

struct QrMatrix {
    int size = 0;     // modules per side, without the quiet zone; 0 when encoding failed
    QList<bool> dark; // size × size, row by row: true for a dark module

    bool isNull() const { return size == 0; }
    bool isDark(int row, int column) const { return dark.at(row * size + column); }
};

namespace QrCode {
// The smallest QR code (version 1–40, ECC M) that holds `data` as 8-bit bytes. Returns a null
// matrix when it cannot: empty data, or more than a QR code at level M holds (2,331 bytes).
QrMatrix encode(const QByteArray& data);
} // namespace QrCode
