// The join link's QR code: the matrix libqrencode makes is checked for the structure every
// reader looks for first (the three finder patterns, their light separators, the timing
// lines, the dark module), for error correction level M in both copies of the format
// information (a valid BCH code word), and for a clean refusal of what no QR code holds.
// There is no QR decoder among the project's packages, so the data itself is not read back.
#include "room/QrCode.h"

#include <QTest>

namespace {

const QByteArray JoinLink("http://192.168.1.23:47123/#r=Qk3x9TzA0b_LmN7pRsUv2w");

// Whether the 7×7 finder pattern sits with its top-left module at (row, column): a dark
// ring, a light ring, a dark 3×3 core.
bool finderAt(const QrMatrix& m, int row, int column) {
    for (int r = 0; r < 7; ++r)
        for (int c = 0; c < 7; ++c) {
            const int ring = std::max(std::abs(r - 3), std::abs(c - 3));
            if (m.isDark(row + r, column + c) != (ring != 2))
                return false;
        }
    return true;
}

// The light separator around the finder whose top-left module is (row, column), where it
// lies inside the symbol.
bool separatedAt(const QrMatrix& m, int row, int column) {
    for (int i = -1; i <= 7; ++i)
        for (const auto& [r, c] : {std::pair{row - 1, column + i}, std::pair{row + 7, column + i},
                                   std::pair{row + i, column - 1}, std::pair{row + i, column + 7}})
            if (r >= 0 && c >= 0 && r < m.size && c < m.size && m.isDark(r, c))
                return false;
    return true;
}

// The 15 format bits, bit 0 first, read from the copy beside the top-left finder or from the
// one split between the other two (ISO/IEC 18004, 7.9).
int formatBits(const QrMatrix& m, bool first) {
    int bits = 0;
    for (int i = 0; i < 15; ++i) {
        int row = 0;
        int column = 0;
        if (first) {
            row = i <= 5 ? i : i == 6 ? 7 : 8;
            column = i <= 7 ? 8 : i == 8 ? 7 : 14 - i;
        } else {
            row = i <= 7 ? 8 : m.size - 15 + i;
            column = i <= 7 ? m.size - 1 - i : 8;
        }
        if (m.isDark(row, column))
            bits |= 1 << i;
    }
    return bits;
}

// Whether `bits` (unmasked) is a code word of the format's BCH(15,5) code.
bool isFormatCodeWord(int bits) {
    int remainder = bits;
    for (int i = 14; i >= 10; --i)
        if (remainder & (1 << i))
            remainder ^= 0x537 << (i - 10);
    return remainder == 0;
}

} // namespace

class TestQrCode : public QObject {
    Q_OBJECT

private slots:
    void joinLinkMakesAVersionFourSymbol();
    void finderPatternsTimingAndDarkModule();
    void formatSaysLevelM();
    void sameLinkSameCodeOtherLinkOtherCode();
    void largestThatFitsAndTooLong();
};

void TestQrCode::joinLinkMakesAVersionFourSymbol() {
    const QrMatrix m = QrCode::encode(JoinLink);
    QVERIFY(!m.isNull());
    // 51 bytes: version 3 holds 42 at level M, version 4 holds 62; 17 + 4 × 4 modules a side.
    QCOMPARE(m.size, 33);
    QCOMPARE(m.dark.size(), qsizetype(33 * 33));
}

void TestQrCode::finderPatternsTimingAndDarkModule() {
    const QrMatrix m = QrCode::encode(JoinLink);
    QVERIFY(!m.isNull());
    const int far = m.size - 7;
    QVERIFY(finderAt(m, 0, 0));
    QVERIFY(finderAt(m, 0, far));
    QVERIFY(finderAt(m, far, 0));
    QVERIFY(!finderAt(m, far, far)); // only three corners: that is how a reader turns it
    QVERIFY(separatedAt(m, 0, 0));
    QVERIFY(separatedAt(m, 0, far));
    QVERIFY(separatedAt(m, far, 0));
    for (int i = 8; i < m.size - 8; ++i) {
        QCOMPARE(m.isDark(6, i), i % 2 == 0); // the timing lines alternate, dark on even
        QCOMPARE(m.isDark(i, 6), i % 2 == 0);
    }
    QVERIFY(m.isDark(m.size - 8, 8)); // the module that is always dark
    // The data area is not blank: about half of its modules are dark, as masking ensures.
    const qsizetype darkCount = m.dark.count(true);
    QVERIFY(darkCount > m.dark.size() * 3 / 10 && darkCount < m.dark.size() * 7 / 10);
}

void TestQrCode::formatSaysLevelM() {
    for (const QByteArray& data :
         {JoinLink, QByteArray("192.168.1.23:47123"), QByteArray(300, 'x')}) {
        const QrMatrix m = QrCode::encode(data);
        QVERIFY(!m.isNull());
        const int first = formatBits(m, true);
        QCOMPARE(formatBits(m, false), first); // both copies agree
        const int unmasked = first ^ 0x5412;
        QVERIFY2(isFormatCodeWord(unmasked), qPrintable(QString::number(first, 2)));
        QCOMPARE(unmasked >> 13, 0b00); // the error correction level: 00 is M (L 01, Q 11, H 10)
    }
}

void TestQrCode::sameLinkSameCodeOtherLinkOtherCode() {
    const QrMatrix a = QrCode::encode(JoinLink);
    const QrMatrix b = QrCode::encode(JoinLink);
    QCOMPARE(a.size, b.size);
    QCOMPARE(a.dark, b.dark);
    QByteArray other = JoinLink;
    other[other.size() - 1] = 'x';
    const QrMatrix c = QrCode::encode(other);
    QCOMPARE(c.size, a.size);
    QVERIFY(c.dark != a.dark);
}

void TestQrCode::largestThatFitsAndTooLong() {
    // Version 40 at level M holds 2,331 bytes; one more does not fit any QR code.
    const QrMatrix largest = QrCode::encode(QByteArray(2331, 'a'));
    QCOMPARE(largest.size, 177);
    QVERIFY(finderAt(largest, 0, 0));
    const QrMatrix tooLong = QrCode::encode(QByteArray(2332, 'a'));
    QVERIFY(tooLong.isNull());
    QVERIFY(tooLong.dark.isEmpty());
    QVERIFY(QrCode::encode(QByteArray(100000, 'a')).isNull());
    QVERIFY(QrCode::encode(QByteArray()).isNull());
}

QTEST_GUILESS_MAIN(TestQrCode)
#include "TestQrCode.moc"
