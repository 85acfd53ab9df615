#include "ProductDialogs.h"

#include "UserText.h"
#include "stages/common/StageWidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QDialogButtonBox* buttons(QDialog* dialog, const QString& okText) {
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->button(QDialogButtonBox::Ok)->setText(okText);
    box->button(QDialogButtonBox::Ok)->setAccessibleName(okText);
    box->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("primary"));
    box->button(QDialogButtonBox::Cancel)->setAccessibleName(QDialog::tr("Cancel"));
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

} // namespace

MergeProductDialog::MergeProductDialog(const ProductSummary& source,
                                       const QList<ProductSummary>& others, QWidget* parent)
    : QDialog(parent)
    , m_others(others)
    , m_targets(new QComboBox(this)) {
    setObjectName(QStringLiteral("mergeProductDialog"));
    setWindowTitle(tr("Merge products"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(StageWidgets::label(
        tr("The workshops of “%1” join the product you choose here and take its name. Ctrl+Z "
           "separates them again.")
            .arg(UserText::isolate(source.name)),
        this));
    for (const ProductSummary& product : m_others)
        m_targets->addItem(product.key.isEmpty() ? tr("(no product named)") : product.name);
    m_targets->setAccessibleName(tr("Product to merge into"));
    layout->addWidget(m_targets);
    layout->addWidget(buttons(this, tr("Merge")));
    resize(480, sizeHint().height());
}

ProductSummary MergeProductDialog::target() const {
    const int row = m_targets->currentIndex();
    return row >= 0 && row < m_others.size() ? m_others.at(row) : ProductSummary{};
}

ChangeNoteDialog::ChangeNoteDialog(const QString& workshopTitle, const QString& note, bool kept,
                                   QWidget* parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("changeNoteDialog"));
    const QString title = kept ? tr("Why we kept it") : tr("Why we changed");
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    const QString question =
        kept ? tr("In “%1”: why did the team keep its North Star? Does it still predict the "
                  "results you want, and can the team still move its inputs? A leadership "
                  "reader sees this beside the comparison.")
             : tr("In “%1”: why did the team change its North Star? A fundamental shift (a new "
                  "business model, market or stage), or a metric that stopped predicting "
                  "results? A leadership reader sees this beside the comparison.");
    layout->addWidget(StageWidgets::label(question.arg(UserText::isolate(workshopTitle)), this));
    m_editor->setPlainText(note);
    m_editor->setAccessibleName(title);
    m_editor->setTabChangesFocus(true);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons(this, tr("Keep the note")));
    resize(560, 320);
}

QString ChangeNoteDialog::note() const {
    return m_editor->toPlainText();
}
