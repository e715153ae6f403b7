#include "ui/dialogs/RejectRequestDialog.h"

#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mikro::ui {

RejectRequestDialog::RejectRequestDialog(client::ReconciliationClient &reconciliation,
    const domain::PayRequestRow &request, const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_reconciliation(reconciliation)
    , m_requestId(request.id)
    , m_reason(new QPlainTextEdit(this))
    , m_banner(new Banner(this))
{
    setObjectName(QStringLiteral("rejectRequestDialog"));
    setWindowTitle(tr("Reject request #%1").arg(request.id));
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("What the person should fix, e.g. the payment email"));
    auto *what = new QLabel(
        tr("Reject the request of %1 for %2? They can read the reason, and "
           "the amount is theirs to request again.")
            .arg(request.userName, core::formatMoney(request.amount, currency, QLocale())),
        this);
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    auto *label = new QLabel(tr("&Reason"), this);
    label->setBuddy(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_reject = buttons->addButton(tr("Reject request"), QDialogButtonBox::AcceptRole);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(what);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RejectRequestDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RejectRequestDialog::update);
    m_reason->setFocus();
    update();
}

void RejectRequestDialog::update()
{
    const qsizetype length = m_reason->toPlainText().trimmed().size();
    m_reject->setEnabled(!m_sending && length > 0 && length <= MaxReason);
}

void RejectRequestDialog::submit()
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (m_sending || reason.isEmpty() || reason.size() > MaxReason)
        return;
    m_sending = true;
    update();
    core::whenReady(m_reconciliation.reject(m_requestId, reason), this,
        [this](const core::Result<void> &rejected) {
            m_sending = false;
            update();
            if (!rejected.ok()) {
                m_banner->showMessage(
                    Banner::Level::Error, rejected.error().message, rejected.error().diagnostic);
                return;
            }
            accept();
        });
}

} // namespace mikro::ui
