#include "QrCode.h"

#include <qrencode.h>

#include <memory>

namespace QrCode {

QrMatrix encode(const QByteArray& data) {
    if (data.isEmpty())
        return {};
    // Bytes, not a C string: a link never holds a NUL, but nothing here depends on that.
    // Version 0 asks for the smallest version that fits.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char*>(data.data()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code || code->width <= 0)
        return {}; // too long (ERANGE), or out of memory
    QrMatrix matrix;
    matrix.size = code->width;
    const qsizetype modules = qsizetype(code->width) * code->width;
    matrix.dark.reserve(modules);
    for (qsizetype i = 0; i < modules; ++i)
        matrix.dark.append((code->data[i] & 1) != 0); // bit 0: dark; the rest is bookkeeping
    return matrix;
}

} // namespace QrCode
