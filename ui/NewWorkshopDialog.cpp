#include "NewWorkshopDialog.h"

#include "Theme.h"
#include "domain/RosterText.h"
#include "domain/TextLimits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

NewWorkshopDialog::NewWorkshopDialog(QWidget* parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_product(new QLineEdit(this))
    , m_facilitator(new QLineEdit(this))
    , m_people(new QPlainTextEdit(this))
    , m_agenda(new QComboBox(this))
    , m_vision(new QPlainTextEdit(this))
    , m_message(new QLabel(this)) {
    setWindowTitle(tr("New workshop"));
    setObjectName(QStringLiteral("newWorkshopDialog"));
    setMinimumWidth(560);

    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Workshop title"));
    m_title->setPlaceholderText(tr("e.g. Meal-kit North Star, March"));
    m_product->setObjectName(QStringLiteral("productEdit"));
    m_product->setAccessibleName(tr("Product or team"));
    m_product->setPlaceholderText(tr("Which product or team is this for?"));
    m_facilitator->setObjectName(QStringLiteral("facilitatorEdit"));
    m_facilitator->setAccessibleName(tr("Facilitator"));
    m_people->setObjectName(QStringLiteral("peopleEdit"));
    m_people->setAccessibleName(tr("Participants"));
    m_people->setPlaceholderText(tr("One person per line, with an optional discipline:\n"
                                    "Ana Ribeiro, product\nMalik Osei, engineering"));
    m_people->setTabChangesFocus(true);
    m_people->setFixedHeight(120);
    m_agenda->setObjectName(QStringLiteral("agendaCombo"));
    m_agenda->setAccessibleName(tr("Agenda length"));
    for (int minutes : {120, 90, 60})
        m_agenda->addItem(tr("%1 minutes").arg(minutes), minutes);
    m_vision->setObjectName(QStringLiteral("visionEdit"));
    m_vision->setAccessibleName(tr("Vision statement"));
    m_vision->setPlaceholderText(
        tr("Optional. For ⟨target customer⟩ who ⟨need⟩, ⟨product⟩ is a ⟨category⟩ that ⟨key "
           "benefit⟩. Unlike ⟨alternative⟩, our product ⟨differentiator⟩."));
    m_vision->setTabChangesFocus(true);
    m_vision->setFixedHeight(90);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(
        QStringLiteral("color: %1;").arg(Theme::color(Theme::Role::Red).name()));
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Product or team"), m_product);
    form->addRow(tr("&Facilitator"), m_facilitator);
    form->addRow(tr("P&articipants"), m_people);
    form->addRow(tr("A&genda"), m_agenda);
    form->addRow(tr("&Vision"), m_vision);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* create = buttons->button(QDialogButtonBox::Ok);
    create->setText(tr("Create workshop"));
    create->setObjectName(QStringLiteral("primary"));
    create->setAccessibleName(tr("Create workshop"));
    create->setIcon(QIcon());
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setIcon(QIcon());
    // The object name selects the primary style; re-polish so the style sheet sees it.
    create->style()->unpolish(create);
    create->style()->polish(create);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewWorkshopDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewWorkshopDialog::reject);
    connect(m_title, &QLineEdit::textChanged, m_message, &QLabel::hide);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void NewWorkshopDialog::prefill(const Workshop& workshop, const QList<Participant>& people,
                                const QString& heading) {
    setWindowTitle(heading);
    m_title->setText(workshop.title);
    m_product->setText(workshop.product);
    m_product->setReadOnly(true);
    m_product->setToolTip(tr("A revisit keeps the product of the workshop it revisits"));
    m_facilitator->setText(workshop.facilitator);
    m_people->setPlainText(rosterText(people));
    m_vision->setPlainText(workshop.vision);
    if (const int i = m_agenda->findData(workshop.agendaMinutes); i >= 0)
        m_agenda->setCurrentIndex(i);
    if (auto* buttons = findChild<QDialogButtonBox*>())
        if (QPushButton* create = buttons->button(QDialogButtonBox::Ok)) {
            create->setText(tr("Start the revisit"));
            create->setAccessibleName(tr("Start the revisit"));
        }
    m_title->selectAll();
}

Workshop NewWorkshopDialog::workshop() const {
    Workshop w;
    w.title = m_title->text().trimmed();
    w.product = m_product->text().trimmed();
    w.facilitator = m_facilitator->text().trimmed();
    w.vision = m_vision->toPlainText().trimmed();
    w.agendaMinutes = m_agenda->currentData().toInt();
    return w;
}

QList<Participant> NewWorkshopDialog::participants() const {
    return parseRosterText(m_people->toPlainText());
}

QString NewWorkshopDialog::problem() const {
    const Workshop w = workshop();
    if (w.title.isEmpty())
        return tr("Give the workshop a title, so you can find it again later.");
    if (w.title.size() > TextLimits::ShortText)
        return tr("The title is %1 characters long; keep it to %2 or fewer.")
            .arg(w.title.size())
            .arg(TextLimits::ShortText);
    for (const auto& [field, text] :
         {std::pair{tr("product or team"), w.product}, std::pair{tr("facilitator"), w.facilitator}})
        if (text.size() > TextLimits::ShortText)
            return tr("The %1 is %2 characters long; keep it to %3 or fewer.")
                .arg(field)
                .arg(text.size())
                .arg(TextLimits::ShortText);
    for (const Participant& p : participants())
        if (p.name.size() > TextLimits::ShortText || p.discipline.size() > TextLimits::ShortText)
            return tr("One participant's line is too long; keep names and disciplines to %1 "
                      "characters.")
                .arg(TextLimits::ShortText);
    if (w.vision.size() > TextLimits::LongText)
        return tr("The vision statement is too long; keep it to %1 characters.")
            .arg(TextLimits::LongText);
    return {};
}

void NewWorkshopDialog::accept() {
    const QString why = problem();
    if (why.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_message->setText(why);
    m_message->show();
    m_title->setFocus();
}
