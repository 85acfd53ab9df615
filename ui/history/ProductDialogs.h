#pragma once
// The product page's two small dialogs: merging this product into another, and writing the
// team's note on why its North Star changed. Both are opened with open() (window-modal, never
// a nested event loop) and report through accepted().
#include "domain/NorthStarRecord.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

class MergeProductDialog : public QDialog {
    Q_OBJECT

public:
    // `others`: the products this one may be merged into.
    MergeProductDialog(const ProductSummary& source, const QList<ProductSummary>& others,
                       QWidget* parent = nullptr);
    ProductSummary target() const;
    QComboBox* targets() const { return m_targets; }

private:
    QList<ProductSummary> m_others;
    QComboBox* m_targets;
};

class ChangeNoteDialog : public QDialog {
    Q_OBJECT

public:
    // `kept`: the workshop kept the North Star it carried over, so the note says why.
    ChangeNoteDialog(const QString& workshopTitle, const QString& note, bool kept,
                     QWidget* parent = nullptr);
    QString note() const;
    QPlainTextEdit* editor() const { return m_editor; }

private:
    QPlainTextEdit* m_editor;
};
