// Renders the SVG app icon to one square PNG for the hicolor theme, so the PNGs are
// built from the single SVG source instead of being committed and drifting from it.
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>
#include <cstdlib>

int main(int argc, char* argv[]) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s ICON.svg SIZE OUTPUT.png\n", argv[0]);
        return EXIT_FAILURE;
    }
    const QString source = QString::fromLocal8Bit(argv[1]);
    const int size = QString::fromLocal8Bit(argv[2]).toInt();
    const QString output = QString::fromLocal8Bit(argv[3]);
    if (size < 1 || size > 1024) {
        std::fprintf(stderr, "render-icon: size must be 1..1024, got %s\n", argv[2]);
        return EXIT_FAILURE;
    }

    QSvgRenderer renderer(source);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "render-icon: cannot read SVG %s\n", argv[1]);
        return EXIT_FAILURE;
    }

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();

    // A fixed PNG encoding without timestamps keeps the package reproducible.
    if (!image.convertToFormat(QImage::Format_ARGB32).save(output, "PNG", 9)) {
        std::fprintf(stderr, "render-icon: cannot write %s\n", argv[3]);
        return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
}
