#pragma once
// What the room leaves open: a question nobody could answer yet, or a next step with an owner.
#include <QDate>
#include <QString>

enum class FollowUpKind { OpenQuestion, NextStep };

QString followUpKindKey(FollowUpKind kind);
FollowUpKind followUpKindFromKey(const QString& key);

struct FollowUp {
    qint64 id = 0;
    qint64 workshopId = 0;
    FollowUpKind kind = FollowUpKind::OpenQuestion;
    QString text;
    QString owner;
    QDate due;
    int position = 0;

    friend bool operator==(const FollowUp&, const FollowUp&) = default;
};
