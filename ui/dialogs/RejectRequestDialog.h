#pragma once

#include "services/client/ReconciliationClient.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mikro::ui {

class Banner;

/// Reject… (UI.md §5.4): the reason the person will read (required, at most 1,000 characters);
/// the amount is payable again. The button names the request and the person; it stays disabled
/// while the rejection is recorded, and a refusal keeps the dialog open with the reason.
class RejectRequestDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MaxReason = 1000;

    RejectRequestDialog(client::ReconciliationClient &reconciliation,
        const domain::PayRequestRow &request, const QString &currency, QWidget *parent = nullptr);

private:
    void update();
    void submit();

    client::ReconciliationClient &m_reconciliation;
    qint64 m_requestId = 0;
    QPlainTextEdit *m_reason = nullptr;
    Banner *m_banner = nullptr;
    QPushButton *m_reject = nullptr;
    bool m_sending = false;
};

} // namespace mikro::ui
