#include "RoomPanel.h"

#include "JoinCard.h"
#include "Theme.h"
#include "session/WorkshopSession.h"
#include "stages/common/StageWidgets.h"
#include "storage/WorkshopStore.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

enum DotState { NotJoined, Away, Connected };

void clear(QVBoxLayout* layout) {
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

// Adds a row and shows it now (a layout would show it only once events are processed).
void add(QVBoxLayout* layout, QWidget* row) {
    layout->addWidget(row);
    row->show();
}

QPushButton* smallButton(const QString& text, const QString& accessibleName, QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName);
    return button;
}

} // namespace

RoomPanel::RoomPanel(QWidget* parent)
    : QWidget(parent)
    , m_address(new QLabel(this))
    , m_count(StageWidgets::hint({}, this))
    , m_lock(new QCheckBox(tr("&Lock the room"), this))
    , m_waitingTitle(new QLabel(tr("Asking to join"), this))
    , m_waiting(new QVBoxLayout)
    , m_people(new QVBoxLayout) {
    setObjectName(QStringLiteral("roomPanel"));
    setAccessibleName(tr("Who has joined"));
    m_address->setObjectName(QStringLiteral("roomAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);
    m_address->setAccessibleName(tr("Address and join code"));
    m_address->setFont(Theme::font(13, QFont::DemiBold));
    // Wide enough for a name and its two buttons: the dock never cuts them.
    setMinimumWidth(320);
    m_lock->setAccessibleName(tr("Lock the room"));
    m_lock->setToolTip(tr("No new phone can join; the phones already in stay."));
    m_waitingTitle->setObjectName(QStringLiteral("sectionTitle"));
    auto* peopleTitle = new QLabel(tr("Who has joined"), this);
    peopleTitle->setObjectName(QStringLiteral("sectionTitle"));
    auto* close = new QPushButton(tr("Close the room"), this);
    close->setAccessibleName(tr("Close the room"));
    close->setToolTip(tr("Every phone is let go; opening the room again makes a new link."));
    connect(close, &QPushButton::clicked, this, &RoomPanel::closeRequested);
    connect(m_lock, &QCheckBox::toggled, this, [this](bool on) {
        if (m_room)
            m_room->setLocked(on);
    });

    m_waiting->setSpacing(6);
    m_people->setSpacing(4);
    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_waitingTitle);
    listLayout->addLayout(m_waiting);
    listLayout->addWidget(peopleTitle);
    listLayout->addWidget(m_count);
    listLayout->addLayout(m_people);
    listLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("People in the room"));
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_address);
    layout->addWidget(m_lock, 0, Qt::AlignLeft);
    layout->addWidget(scroll, 1);
    layout->addWidget(close);
    rebuild();
}

void RoomPanel::setRoom(RoomServer* room, WorkshopSession* session) {
    if (m_room)
        m_room->disconnect(this);
    if (m_session)
        m_session->store().disconnect(this);
    m_room = room;
    m_session = session;
    if (m_room) {
        connect(m_room, &RoomServer::devicesChanged, this, &RoomPanel::scheduleRebuild);
        connect(m_room, &RoomServer::openChanged, this, &RoomPanel::scheduleRebuild);
    }
    if (m_session)
        connect(&m_session->store(), &WorkshopStore::changed, this,
                [this](const WorkshopChanges& changes) {
                    if (m_session && changes.has(m_session->workshopId(), ChangeKind::Roster))
                        scheduleRebuild();
                });
    rebuild();
}

void RoomPanel::scheduleRebuild() {
    // Later, not now: the change may come from a click on a button the rebuild deletes.
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QMetaObject::invokeMethod(this, &RoomPanel::rebuild, Qt::QueuedConnection);
}

void RoomPanel::rebuild() {
    m_rebuildPending = false;
    clear(m_waiting);
    clear(m_people);
    const bool open = m_room && m_room->isOpen();
    m_lock->setEnabled(open);
    {
        const QSignalBlocker quiet(m_lock);
        m_lock->setChecked(open && m_room->isLocked());
    }
    if (!open || !m_session) {
        m_address->setText(tr("The room is closed."));
        m_count->clear();
        m_waitingTitle->hide();
        return;
    }
    m_address->setText(tr("Join at %1 with the code %2")
                           .arg(m_room->shortUrl(), JoinCard::spacedCode(m_room->joinCode())));

    const QList<RoomServer::Device> devices = m_room->devices();
    int waiting = 0;
    for (const RoomServer::Device& d : devices)
        if (d.waiting) {
            add(m_waiting, waitingRow(d.name, d.id));
            ++waiting;
        }
    m_waitingTitle->setVisible(waiting > 0);

    // The roster in its order, each with its device if it has one; then devices whose name
    // is no longer on the roster.
    QSet<QString> shown;
    int joined = 0;
    const QList<Participant> people = m_session->store().participants(m_session->workshopId());
    for (const Participant& p : people) {
        const RoomServer::Device* device = nullptr;
        for (const RoomServer::Device& d : devices)
            if (!d.waiting && d.participantId == p.id)
                device = &d;
        if (device) {
            shown.insert(device->id);
            ++joined;
        }
        add(m_people, personRow(p.name,
                                !device             ? NotJoined
                                : device->connected ? Connected
                                                    : Away,
                                device ? device->id : QString(), p.id));
    }
    for (const RoomServer::Device& d : devices)
        if (!d.waiting && !shown.contains(d.id)) {
            add(m_people, personRow(d.name, d.connected ? Connected : Away, d.id, d.participantId));
            ++joined;
        }
    m_count->setText(tr("%1 of %2 on their phones").arg(joined).arg(people.size()));
}

QWidget* RoomPanel::personRow(const QString& name, int state, const QString& deviceId,
                              qint64 participantId) {
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("roomPerson"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* dot = new QLabel(state == NotJoined   ? QString()
                           : state == Connected ? QStringLiteral("●")
                                                : QStringLiteral("○"),
                           row);
    dot->setObjectName(QStringLiteral("roomDot"));
    dot->setFixedWidth(16);
    const QColor colour =
        state == Connected ? Theme::color(Theme::Role::Calm) : Theme::color(Theme::Role::MutedInk);
    dot->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
    const QString status = state == NotJoined   ? tr("not joined")
                           : state == Connected ? tr("on their phone")
                                                : tr("joined, phone away");
    dot->setAccessibleName(status);
    auto* label = new QLabel(name, row);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(tr("%1, %2").arg(name, status));
    label->setToolTip(status);
    if (state == NotJoined)
        label->setStyleSheet(
            QStringLiteral("color: %1;").arg(Theme::color(Theme::Role::MutedInk).name()));
    layout->addWidget(dot);
    layout->addWidget(label, 1);
    if (state != NotJoined) {
        if (participantId) {
            QPushButton* release =
                smallButton(tr("Release"), tr("Release the name %1").arg(name), row);
            release->setToolTip(tr("%1 switches phone: this phone lets go of the name.").arg(name));
            connect(release, &QPushButton::clicked, this, [this, participantId] {
                if (m_room)
                    m_room->release(participantId);
            });
            layout->addWidget(release);
        }
        QPushButton* remove = smallButton(tr("Remove"), tr("Remove %1's phone").arg(name), row);
        connect(remove, &QPushButton::clicked, this, [this, deviceId] {
            if (m_room)
                m_room->removeDevice(deviceId);
        });
        layout->addWidget(remove);
    }
    return row;
}

QWidget* RoomPanel::waitingRow(const QString& name, const QString& deviceId) {
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("roomWaiting"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* label = new QLabel(name, row);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(tr("%1 asks to join").arg(name));
    QPushButton* approve = smallButton(tr("Approve"), tr("Approve %1").arg(name), row);
    approve->setObjectName(QStringLiteral("primary"));
    approve->setToolTip(tr("Adds %1 to the roster and lets the phone in.").arg(name));
    QPushButton* decline = smallButton(tr("Decline"), tr("Decline %1").arg(name), row);
    connect(approve, &QPushButton::clicked, this, [this, deviceId] {
        if (m_room)
            m_room->approve(deviceId);
    });
    connect(decline, &QPushButton::clicked, this, [this, deviceId] {
        if (m_room)
            m_room->decline(deviceId);
    });
    layout->addWidget(label, 1);
    layout->addWidget(approve);
    layout->addWidget(decline);
    return row;
}
