#include "Theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>

namespace Theme {

QColor color(Role role) {
    switch (role) {
    case Role::Night:
        return QColor(0x14, 0x21, 0x3D);
    case Role::Star:
        return QColor(0xF2, 0xB1, 0x34);
    case Role::Paper:
        return QColor(0xF7, 0xF6, 0xF2);
    case Role::Ink:
        return QColor(0x1C, 0x1C, 0x1C);
    case Role::Mist:
        return QColor(0xE3, 0xE6, 0xEC);
    case Role::Calm:
        return QColor(0x2E, 0x7D, 0x5B);
    case Role::Amber:
        return QColor(0xD9, 0x8E, 0x04);
    case Role::Red:
        return QColor(0xC0, 0x39, 0x2B);
    case Role::MutedInk:
        return QColor(0x4A, 0x4F, 0x5A); // 7.9:1 on paper
    case Role::AmberOnWhite:
        return QColor(0x94, 0x61, 0x00);
    case Role::CalmOnPaper:
        return QColor(0x1F, 0x5C, 0x42);
    case Role::AmberOnPaper:
        return QColor(0x6B, 0x45, 0x00);
    case Role::RedOnPaper:
        return QColor(0x8F, 0x25, 0x19);
    case Role::RedOnNight:
        return QColor(0xFF, 0x9A, 0x8F);
    case Role::Sky:
        return QColor(0x2F, 0x67, 0xB1); // 5.7:1 on white
    case Role::Plum:
        return QColor(0x7B, 0x3F, 0xA0); // 6.9:1 on white
    case Role::CardPaper:
        return QColor(0xFB, 0xFA, 0xF7);
    case Role::CaptionInk:
        return QColor(0x5A, 0x60, 0x6B); // 6.3:1 on the card's paper
    case Role::DisabledInk:
        return QColor(0x8A, 0x8F, 0x99);
    case Role::AmberTint:
        return QColor(0xFF, 0xF4, 0xDC);
    case Role::WarningTint:
        return QColor(0xFF, 0xF6, 0xE0);
    case Role::RedTint:
        return QColor(0xFB, 0xEA, 0xE8);
    case Role::StarTint:
        return QColor(0xFD, 0xF3, 0xDC);
    }
    return {};
}

QList<QColor> seriesColors() {
    return {color(Role::Night), color(Role::Calm), color(Role::Sky),     color(Role::AmberOnWhite),
            color(Role::Red),   color(Role::Plum), color(Role::MutedInk)};
}

QString fontFamily() {
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString& wanted : {QStringLiteral("Inter"), QStringLiteral("DejaVu Sans")})
            if (families.contains(wanted))
                return wanted;
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

QFont font(qreal pointSize, QFont::Weight weight) {
    QFont f(fontFamily());
    f.setPointSizeF(pointSize);
    f.setWeight(weight);
    return f;
}

QString draftCardsSheet() {
    return QStringLiteral(
               "QFrame#draftCard { background: %1; border: 1px solid %2; border-radius: 8px; }"
               "QFrame#currentCard { background: white; border: 2px solid %3; "
               "border-radius: 8px; }"
               "QFrame#redrawWarning { background: %4; border: 1px solid %5; "
               "border-radius: 8px; }"
               "QLabel#fieldCaption { color: %6; font-size: 9pt; }"
               "QLineEdit#draftCardName { font-weight: 600; }"
               "QToolButton#compact { padding: 2px 6px; }")
        .arg(color(Role::CardPaper).name(), color(Role::Mist).name(), color(Role::Star).name(),
             color(Role::WarningTint).name(), color(Role::Amber).name(),
             color(Role::CaptionInk).name());
}

void applyConsoleTheme(QApplication& app) {
    app.setFont(font(10.5));
    QPalette palette = app.palette();
    palette.setColor(QPalette::Window, color(Role::Paper));
    palette.setColor(QPalette::WindowText, color(Role::Ink));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, color(Role::Paper));
    palette.setColor(QPalette::Text, color(Role::Ink));
    palette.setColor(QPalette::Button, Qt::white);
    palette.setColor(QPalette::ButtonText, color(Role::Ink));
    palette.setColor(QPalette::Highlight, color(Role::Night));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, color(Role::MutedInk));
    palette.setColor(QPalette::ToolTipBase, color(Role::Night));
    palette.setColor(QPalette::ToolTipText, Qt::white);
    app.setPalette(palette);

    const QString sheet =
        QStringLiteral(R"(
        QMainWindow, QDialog { background: %1; }
        QLabel#pageTitle { font-size: 20pt; font-weight: 600; color: %2; }
        QLabel#pageSubtitle { color: %5; }
        QLabel#sectionTitle { font-size: 12pt; font-weight: 600; color: %2; }
        QLabel#outcome { font-weight: 600; border-radius: 6px; padding: 2px 10px;
                         background: %3; color: %2; }
        QLabel#outcome[outcome="changed"] { background: %6; color: %4; }
        QLabel#historyHint { background: #FFF4DC; border: 1px solid %6; border-radius: 6px;
                             padding: 8px 12px; color: %4; }
        QFrame#card { background: white; border: 1px solid %3; border-radius: 8px; }
        QFrame#card[team="true"] { border: 1px dashed %2; }
        QLabel#teamOrigin { color: %2; font-weight: 600; }
        QFrame#checkInEntry { background: white; border: 1px solid %3; border-left: 4px solid %2;
                              border-radius: 6px; }
        ConfidenceChart#confidenceChart { background: white; border: 1px solid %3; border-radius: 8px; }
        QPushButton { background: white; border: 1px solid %3; border-radius: 6px;
                      padding: 6px 14px; color: %4; }
        QPushButton:hover { border-color: %2; }
        QPushButton:focus { border: 2px solid %2; }
        QPushButton:disabled { color: #8A8F99; }
        QPushButton#primary { background: %6; border-color: %6; color: %4; font-weight: 600; }
        QPushButton#primary:hover { border-color: %2; }
        QToolButton { background: white; border: 1px solid %3; border-radius: 6px;
                      padding: 6px 14px; color: %4; }
        QToolButton:hover { border-color: %2; }
        QToolButton:focus { border: 2px solid %2; }
        QToolButton:disabled { color: #8A8F99; background: %1; }
        QToolButton#primary { background: %6; border-color: %6; font-weight: 600; }
        QToolButton#primary:hover, QToolButton#primary:focus { border: 2px solid %2; }
        QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QComboBox {
            background: white; border: 1px solid %3; border-radius: 6px; padding: 5px 8px; }
        QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus, QComboBox:focus {
            border: 2px solid %2; }
        QTableView { background: white; border: 1px solid %3; border-radius: 8px;
                     gridline-color: %3; selection-background-color: %2; }
        QHeaderView::section { background: %1; border: none; border-bottom: 1px solid %3;
                               padding: 6px 8px; font-weight: 600; color: %2; }
        QStatusBar { background: white; border-top: 1px solid %3; }
    )")
            .arg(color(Role::Paper).name(), color(Role::Night).name(), color(Role::Mist).name(),
                 color(Role::Ink).name(), color(Role::MutedInk).name(), color(Role::Star).name());
    app.setStyleSheet(sheet);
}

} // namespace Theme
