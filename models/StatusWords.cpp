#include "models/StatusWords.h"

#include <QCoreApplication>

namespace mikro::models {

QString paymentStatusWord(domain::PaymentStatus status)
{
    switch (status) {
    case domain::PaymentStatus::Pending:
        return QCoreApplication::translate("mikro::models::StatusWords", "Pending");
    case domain::PaymentStatus::Paid:
        return QCoreApplication::translate("mikro::models::StatusWords", "Paid");
    case domain::PaymentStatus::Rejected:
        return QCoreApplication::translate("mikro::models::StatusWords", "Rejected");
    case domain::PaymentStatus::Cancelled:
        return QCoreApplication::translate("mikro::models::StatusWords", "Cancelled");
    }
    return {};
}

QString roleWord(domain::Role role)
{
    switch (role) {
    case domain::Role::Admin:
        return QCoreApplication::translate("mikro::models::StatusWords", "Admin");
    case domain::Role::Validator:
        return QCoreApplication::translate("mikro::models::StatusWords", "Validator");
    case domain::Role::User:
        break;
    }
    return QCoreApplication::translate("mikro::models::StatusWords", "User");
}

QString ledgerKindWord(domain::LedgerKind kind)
{
    switch (kind) {
    case domain::LedgerKind::Mapping:
        return QCoreApplication::translate("mikro::models::StatusWords", "Mapping");
    case domain::LedgerKind::Validation:
        return QCoreApplication::translate("mikro::models::StatusWords", "Validation");
    case domain::LedgerKind::Checklist:
        return QCoreApplication::translate("mikro::models::StatusWords", "Checklist");
    case domain::LedgerKind::ChecklistValidation:
        return QCoreApplication::translate("mikro::models::StatusWords", "Checklist validation");
    case domain::LedgerKind::Adjustment:
        return QCoreApplication::translate("mikro::models::StatusWords", "Adjustment");
    case domain::LedgerKind::Reversal:
        return QCoreApplication::translate("mikro::models::StatusWords", "Reversal");
    case domain::LedgerKind::Payout:
        return QCoreApplication::translate("mikro::models::StatusWords", "Payout");
    }
    return {};
}

QString memberRoleWord(domain::MemberRole role)
{
    return role == domain::MemberRole::Validator
        ? QCoreApplication::translate("mikro::models::StatusWords", "Validator")
        : QCoreApplication::translate("mikro::models::StatusWords", "Editor");
}

QString trainingTypeWord(domain::TrainingType type)
{
    switch (type) {
    case domain::TrainingType::Mapping:
        return QCoreApplication::translate("mikro::models::StatusWords", "Mapping");
    case domain::TrainingType::Validation:
        return QCoreApplication::translate("mikro::models::StatusWords", "Validation");
    case domain::TrainingType::Project:
        return QCoreApplication::translate("mikro::models::StatusWords", "Project");
    }
    return {};
}

QString reviewReasonWord(domain::ReviewReason reason)
{
    switch (reason) {
    case domain::ReviewReason::OutsideValidator:
        return QCoreApplication::translate("mikro::models::StatusWords", "Unknown validator");
    case domain::ReviewReason::SelfValidation:
        return QCoreApplication::translate("mikro::models::StatusWords", "Self-validation");
    case domain::ReviewReason::ValidatorRole:
        return QCoreApplication::translate(
            "mikro::models::StatusWords", "Validator without the validator role");
    case domain::ReviewReason::NotMember:
        return QCoreApplication::translate("mikro::models::StatusWords", "Not a project member");
    }
    return {};
}

QString difficultyWord(const QString &stored)
{
    const QString word = stored.trimmed().toLower();
    if (word == u"easy")
        return QCoreApplication::translate("mikro::models::StatusWords", "Easy");
    if (word == u"medium")
        return QCoreApplication::translate("mikro::models::StatusWords", "Medium");
    if (word == u"hard")
        return QCoreApplication::translate("mikro::models::StatusWords", "Hard");
    return stored;
}

} // namespace mikro::models
