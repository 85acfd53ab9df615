#pragma once
// What the projector shows to invite the room: a large QR code of the join link, and for
// whoever cannot scan it the short address to type and the six-character code, in type
// large enough to read from the back row. It follows the projector's look (dark or light
// text from AudienceWindow's style sheet); the QR code itself is always dark on white.
#include <QUrl>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QrCodeView;
class QVBoxLayout;

// What a phone needs to join: the link in the QR code (with the room's token), the address
// typed without the token ("192.168.1.23:47123") and the code typed with it.
struct JoinInvitation {
    QUrl link;
    QString address;
    QString code;
    bool isNull() const { return link.isEmpty(); }
    bool operator==(const JoinInvitation&) const = default;
};

class JoinCard : public QWidget {
    Q_OBJECT

public:
    explicit JoinCard(QWidget* parent = nullptr);

    void setInvitation(const JoinInvitation& invitation);
    const JoinInvitation& invitation() const { return m_invitation; }
    QrCodeView* qrCode() const { return m_qr; }

    // The code as the room reads it: two groups of three ("K7M 2QX"); phones ignore spaces.
    static QString spacedCode(const QString& code);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fit(); // sizes the code and the type to the window: 1280×720 up to 1920×1080

    JoinInvitation m_invitation;
    QVBoxLayout* m_text;
    QHBoxLayout* m_row = nullptr;
    QrCodeView* m_qr;
    QLabel* m_title;
    QLabel* m_scan;
    QLabel* m_address;
    QLabel* m_typeCode;
    QLabel* m_code;
    QLabel* m_wifi;
};
