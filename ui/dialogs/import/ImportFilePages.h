#pragma once

#include "models/payments/ProviderFile.h"

#include <QWizardPage>

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;

namespace mikro::ui {

class FieldMessage;
struct ImportJob;

/// Step 1: the provider's CSV, read on a worker thread ("Reading…"); an unreadable file names the
/// line at fault and the wizard stays here.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    /// Above this the import cannot be sent in one request (API.md: 1 MiB bodies).
    static constexpr qint64 MaxFileBytes = 900 * 1024;

    ImportFilePage(ImportJob &job, QWidget *parent = nullptr);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;

private:
    void choose();
    void read();

    ImportJob &m_job;
    QLineEdit *m_path = nullptr;
    QLabel *m_busy = nullptr;
    FieldMessage *m_problem = nullptr;
    bool m_reading = false;
};

/// Step 2: which column is which, guessed from the header names and adjustable; the choice is
/// remembered per provider (the file's header), so the next file of that provider needs nothing.
class ImportColumnsPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportColumnsPage(ImportJob &job, QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;
    /// The columns as the boxes show them.
    [[nodiscard]] models::ProviderColumns chosen() const;

private:
    [[nodiscard]] QString settingsKey() const;

    ImportJob &m_job;
    std::array<QComboBox *, models::ProviderFieldCount> m_boxes {};
    FieldMessage *m_problem = nullptr;
};

} // namespace mikro::ui
