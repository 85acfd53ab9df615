#include "JoinCard.h"

#include "AudienceStyle.h"
#include "QrCodeView.h"
#include "Theme.h"
#include "stages/common/StageWidgets.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {
// Type, in points, on a large projector and on a small one (below 1000 px high).
constexpr qreal BodyPoints = 34;
constexpr qreal CompactBodyPoints = 30;
constexpr qreal CodePoints = 104;
constexpr qreal CompactCodePoints = 80;
constexpr qreal SmallestCodePoints = 60;
// The address shrinks to its column (a long one: 192.168.100.200:47123) but never below this.
constexpr qreal AddressPoints = 64;
constexpr qreal CompactAddressPoints = 48;
constexpr qreal SmallestAddressPoints = 36;
// The QR code takes at most this share of the width; the text needs the rest (on a small
// projector the address and the code need a larger share of it).
constexpr qreal QrShare = 0.42;
constexpr qreal CompactQrShare = 0.38;

// The largest font from `points` down to `floor` in which `label`'s one line fits `width`.
QFont fitted(const QLabel* label, qreal points, qreal floor, int width) {
    QFont font = Theme::font(points, QFont::Bold);
    while (points > floor && QFontMetrics(font).horizontalAdvance(label->text()) > width) {
        points -= 2;
        font = Theme::font(points, QFont::Bold);
    }
    return font;
}

QLabel* line(QWidget* parent, const char* name, bool wrap = true) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    return label;
}
} // namespace

JoinCard::JoinCard(QWidget* parent)
    : QWidget(parent)
    , m_text(new QVBoxLayout)
    , m_qr(new QrCodeView(this))
    , m_title(line(this, "projectorJoinTitle"))
    , m_scan(line(this, "projectorJoinScan"))
    , m_address(line(this, "projectorJoinAddress", false))
    , m_typeCode(line(this, "projectorJoinTypeCode"))
    , m_code(line(this, "projectorJoinCode", false))
    , m_wifi(line(this, "projectorJoinWifi")) {
    setObjectName(QStringLiteral("projectorJoin"));
    setAccessibleName(tr("How to join from your phone"));
    m_title->setText(tr("Join from your phone"));
    m_scan->setText(tr("Scan the code with your phone's camera, or open this address in its "
                       "browser:"));
    m_typeCode->setText(tr("and type the code:"));
    m_wifi->setText(tr("Use the same Wi-Fi as this laptop."));
    m_address->setAccessibleName(tr("Address to open"));
    m_code->setAccessibleName(tr("Join code"));
    m_qr->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    // The title across the top; under it the code, and beside the code what to do without it.
    m_text->setContentsMargins(0, 0, 0, 0);
    m_text->setSpacing(4);
    m_text->addStretch(1);
    m_text->addWidget(m_scan);
    m_text->addWidget(m_address);
    m_text->addSpacing(8);
    m_text->addWidget(m_typeCode);
    m_text->addWidget(m_code);
    m_text->addSpacing(8);
    m_text->addWidget(m_wifi);
    m_text->addStretch(1);
    m_row = new QHBoxLayout;
    m_row->addWidget(m_qr, 0, Qt::AlignVCenter);
    m_row->addLayout(m_text, 1);
    auto* page = new QVBoxLayout(this);
    page->addWidget(m_title);
    page->addLayout(m_row, 1);
    fit();
}

QString JoinCard::spacedCode(const QString& code) {
    return code.size() == 6 ? code.left(3) + u' ' + code.mid(3) : code;
}

void JoinCard::setInvitation(const JoinInvitation& invitation) {
    m_invitation = invitation;
    m_qr->setData(invitation.link.toEncoded());
    m_address->setText(invitation.address);
    m_code->setText(spacedCode(invitation.code));
    m_qr->setAccessibleDescription(
        invitation.link.isEmpty() ? QString() : tr("Opens %1").arg(invitation.address));
    fit();
}

void JoinCard::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fit();
}

void JoinCard::fit() {
    const QSize screen = size();
    const bool compact = screen.height() < StageWidgets::CompactProjectorBelowHeight;
    const QMargins margins = compact ? QMargins(48, 28, 48, 28) : QMargins(96, 56, 96, 56);
    const int gap = compact ? 48 : 80;
    layout()->setContentsMargins(margins);
    layout()->setSpacing(compact ? 16 : 32);
    m_row->setSpacing(gap);
    m_title->setFont(Theme::font(
        compact ? AudienceStyle::CompactTitlePoints : AudienceStyle::TitlePoints, QFont::Bold));
    const int below = screen.height() - margins.top() - margins.bottom() -
                      m_title->sizeHint().height() - layout()->spacing();
    int side =
        std::max(0, std::min(below, int(screen.width() * (compact ? CompactQrShare : QrShare))));
    // Exactly the painted square, whole modules and quiet zone, so its edge lines up.
    if (const int modules = m_qr->matrix().size + 2 * QrCodeView::QuietZone;
        !m_qr->matrix().isNull() && side >= modules)
        side -= side % modules;
    m_qr->setFixedSize(side, side);

    const QFont body = Theme::font(compact ? CompactBodyPoints : BodyPoints);
    for (QLabel* label : {m_scan, m_typeCode})
        label->setFont(body);
    m_wifi->setFont(Theme::font(StageWidgets::ProjectorFloor));
    // The address and the code as large as the text's column allows: a long address (or a
    // code of wide letters, WMW) shrinks rather than be cut.
    const int column = screen.width() - margins.left() - margins.right() - gap - side;
    m_address->setFont(fitted(m_address, compact ? CompactAddressPoints : AddressPoints,
                              SmallestAddressPoints, column));
    m_code->setFont(
        fitted(m_code, compact ? CompactCodePoints : CodePoints, SmallestCodePoints, column));
}
