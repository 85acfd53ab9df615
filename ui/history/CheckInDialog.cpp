#include "CheckInDialog.h"

#include "Theme.h"
#include "UserText.h"
#include "domain/TextLimits.h"
#include "stages/common/StageWidgets.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/TextLimit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using StageWidgets::label;

CheckInDialog::CheckInDialog(const NorthStarRecord& record, const QStringList& questions,
                             const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_workshopId(record.workshopId)
    , m_northStarId(record.northStarId)
    , m_inputList(record.inputs)
    , m_date(new QDateEdit(today, this))
    , m_metric(confidenceBox(tr("Confidence in the metric")))
    , m_learned(new QPlainTextEdit(this))
    , m_nextStep(new QLineEdit(this))
    , m_owner(new QLineEdit(this))
    , m_due(new OptionalDateEdit(this)) {
    setObjectName(QStringLiteral("checkInDialog"));
    setWindowTitle(tr("Add a check-in"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    auto* heading =
        label(tr("★ %1").arg(UserText::isolate(record.metricName)), this, "historyMetric");
    heading->setFont(Theme::font(14, QFont::DemiBold));
    layout->addWidget(heading);
    layout->addWidget(StageWidgets::hint(
        tr("Chosen in “%1”. How does it hold up since then?").arg(UserText::isolate(record.title)),
        this));
    if (!questions.isEmpty()) {
        QStringList lines;
        for (const QString& question : questions)
            lines << tr("• %1").arg(question);
        auto* prompts = label(lines.join(u'\n'), this, "checkInPrompts");
        prompts->setAccessibleName(tr("Questions to talk through"));
        layout->addWidget(prompts);
    }

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_date->setAccessibleName(tr("Date of the check-in"));
    form->addRow(tr("&Date"), m_date);
    layout->addLayout(form);

    // Confidence: one row for the metric, one per input, 1 (low) to 5 (high).
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);
    grid->addWidget(
        label(tr("How confident are we, from 1 (not at all) to 5 (fully)?"), this, "sectionTitle"),
        0, 0, 1, 2);
    auto* metricName = label(tr("The metric: %1").arg(UserText::isolate(record.metricName)), this);
    metricName->setFont(Theme::font(10.5, QFont::DemiBold));
    metricName->setBuddy(m_metric);
    grid->addWidget(metricName, 1, 0);
    grid->addWidget(m_metric, 1, 1);
    int row = 2;
    for (const Input& input : record.inputs) {
        QSpinBox* box = confidenceBox(tr("Confidence in the input “%1”").arg(input.name));
        m_inputs.insert(input.id, box);
        auto* name =
            label(input.owner.trimmed().isEmpty()
                      ? input.name
                      : tr("%1 (owner: %2)")
                            .arg(UserText::isolate(input.name), UserText::isolate(input.owner)),
                  this);
        name->setBuddy(box);
        grid->addWidget(name, row, 0);
        grid->addWidget(box, row, 1);
        ++row;
    }
    grid->setColumnStretch(0, 1);
    layout->addLayout(grid);

    layout->addWidget(label(tr("What have we learned?"), this, "sectionTitle"));
    TextLimit::apply(m_learned, TextLimits::LongText);
    m_learned->setAccessibleName(tr("What we learned"));
    m_learned->setTabChangesFocus(true);
    m_learned->setPlaceholderText(tr("What moved, what surprised us, what we would do again"));
    m_learned->setMinimumHeight(90);
    layout->addWidget(m_learned, 1);

    auto* next = new QFormLayout;
    TextLimit::apply(m_nextStep, TextLimits::LongText);
    m_nextStep->setAccessibleName(tr("Next step"));
    m_nextStep->setPlaceholderText(tr("What we do next (optional)"));
    TextLimit::apply(m_owner, TextLimits::ShortText);
    m_owner->setAccessibleName(tr("Owner of the next step"));
    m_due->setAccessibleName(tr("Due date of the next step"));
    m_due->setOptionalDate({});
    next->addRow(tr("&Next step"), m_nextStep);
    next->addRow(tr("&Owner"), m_owner);
    next->addRow(tr("D&ue"), m_due);
    layout->addLayout(next);
    connect(m_nextStep, &QLineEdit::textChanged, this, &CheckInDialog::updateNextStep);
    updateNextStep();

    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = box->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add the check-in"));
    m_ok->setAccessibleName(tr("Add the check-in"));
    m_ok->setObjectName(QStringLiteral("primary"));
    box->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    m_metric->setFocus();
    resize(620, sizeHint().height());
}

QSpinBox* CheckInDialog::confidenceBox(const QString& accessibleName) {
    auto* box = new QSpinBox(this);
    box->setRange(CheckIn::LowestConfidence, CheckIn::HighestConfidence);
    box->setValue(3);
    box->setSuffix(tr(" of 5"));
    box->setAccessibleName(accessibleName);
    box->setToolTip(tr("1: not confident at all · 5: fully confident"));
    box->setMinimumWidth(90);
    return box;
}

// An owner and a due date belong to a step: without one they are cleared and locked.
void CheckInDialog::updateNextStep() {
    const bool withStep = !m_nextStep->text().trimmed().isEmpty();
    m_owner->setEnabled(withStep);
    m_due->setEnabled(withStep);
}

CheckIn CheckInDialog::checkIn() const {
    CheckIn c;
    c.workshopId = m_workshopId;
    c.northStarId = m_northStarId;
    c.date = m_date->date();
    c.metricConfidence = m_metric->value();
    for (const Input& input : m_inputList)
        if (QSpinBox* box = m_inputs.value(input.id))
            c.inputs.append({input.id, box->value(), input.name});
    c.learned = m_learned->toPlainText();
    c.nextStep = m_nextStep->text().trimmed();
    if (!c.nextStep.isEmpty()) {
        c.nextOwner = m_owner->text().trimmed();
        c.nextDue = m_due->optionalDate();
    }
    return c;
}
