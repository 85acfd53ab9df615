#pragma once
// A one-line label that shortens its text with "…" to the width it is given, instead of
// being cut or pushing its neighbours off the screen. The whole text stays its tooltip and
// accessible name, so nothing is lost to a screen reader. Its size hints come from the
// whole text, so eliding never makes the layout move again.
#include <QLabel>

class ElidedLabel : public QLabel {
    Q_OBJECT

public:
    explicit ElidedLabel(const QString& text = {}, QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void elide();

    QString m_fullText;
};
