#pragma once
// One simulated phone for the room kill test (TestRoomKill.cpp): a real QWebSocket client
// that joins a `lodestar --room`, writes its script for the stage the room is in one
// operation at a time, remembers what every acknowledged operation wrote, and after the app
// was killed and started again joins the new room and resends its unacknowledged operation
// under the same id, as the phone page does from localStorage.
#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QWebSocket>

#include <optional>

class QNetworkAccessManager;

enum class KillPhase { WarmUp, Silent, Score, Decide };

// What one phone's applied operations wrote, as the library must hold it.
struct PhoneModel {
    struct SheetInput {
        qint64 id = 0;
        QString name;
        QString definition;
    };
    QMap<QString, QString> cards;                      // phone key → card name
    QMap<std::pair<qint64, QString>, QString> answers; // (candidate, criterion) → answer
    QMap<qint64, int> dots;                            // candidate → dots
    QMap<QString, QString> sheet;                      // worksheet field → value
    QList<SheetInput> inputs;                          // the inputs this phone added

    // Applies `op`; `touched` is the input an input.add made.
    void apply(const QJsonObject& op, qint64 touched);
};

class KillPhone : public QObject {
    Q_OBJECT

public:
    struct Setup {
        int index = 0;            // 0..19; index / 4 is the warm-up group, index % 4 the role in it
        qint64 person = 0;        // the roster person this phone claims
        QList<qint64> candidates; // scored and voted on
        QStringList criteria;     // the checklist's keys
        int dotsPerPerson = 3;
        int maxPerCandidate = 2;
        quint32 seed = 0; // in every op id, so two runs never share one
    };

    KillPhone(Setup setup, QNetworkAccessManager& network, QObject* parent = nullptr);

    // Joins the room at `base` ("http://127.0.0.1:PORT") with its room token: a new device
    // token, a new socket, hello, then the resend (or the next operation).
    void joinRoom(const QString& base, const QString& roomToken);
    void startPhase(KillPhase phase);
    static int scriptLength(KillPhase phase, int index);

    bool ready() const { return m_ready; } // said hello to the app running now
    bool idle() const { return m_ready && !m_inFlight && m_done; }
    const std::optional<QJsonObject>& inFlight() const { return m_inFlight; }
    const QStringList& acknowledged() const { return m_acknowledged; }
    const PhoneModel& model() const { return m_model; }
    qint64 person() const { return m_setup.person; }
    int index() const { return m_setup.index; }
    int resends() const { return m_resends; }
    QString trouble() const { return m_trouble; }

signals:
    void acknowledgedOp(); // a new operation (not a resend of an acknowledged one) was acked
    void greeted();        // the first state after hello
    void troubled();       // trouble() is set: a refusal or a failed join

private:
    QJsonObject scriptOp(int step) const;
    QJsonObject warmUpOp(int step) const;
    QJsonObject silentOp(int step) const;
    QJsonObject scoreOp(int step) const;
    QJsonObject decideOp(int step) const;
    QString opId(int serial) const;
    void next();
    void send(const QJsonObject& message);
    void received(const QString& text);

    Setup m_setup;
    QNetworkAccessManager& m_network;
    QWebSocket m_socket;
    QString m_token;
    int m_life = 0; // which start of the app this phone is talking to
    bool m_ready = false;
    KillPhase m_phase = KillPhase::WarmUp;
    int m_step = 0;
    bool m_done = true;
    int m_serial = 0;
    std::optional<QJsonObject> m_inFlight;
    QStringList m_acknowledged;
    PhoneModel m_model;
    int m_resends = 0;
    QString m_trouble;
};
