#pragma once

#include "services/core/Money.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace mikro::models {

/// The earnings donut's parts as a table (UI.md §2.2): Mapping, Validation, Checklist and
/// Adjustments with their amounts, and their total. The donut draws only positive parts; the
/// table lists every part.
class EarningsByKindModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Part { Mapping, Validation, Checklist, Adjustments, PartCount };

    explicit EarningsByKindModel(QObject *parent = nullptr);

    void setEarnings(core::Money mapping, core::Money validation, core::Money checklist,
        core::Money adjustments, const QString &currency);
    [[nodiscard]] core::Money amount(int part) const { return m_amounts.at(part); }
    [[nodiscard]] core::Money total() const;
    [[nodiscard]] static QString partName(int part);
    [[nodiscard]] QString amountText(core::Money amount) const;
    /// Nothing earned and nothing adjusted.
    [[nodiscard]] bool isEmpty() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role) const override;

private:
    QList<core::Money> m_amounts = QList<core::Money>(PartCount);
    QString m_currency = QStringLiteral("USD");
    QLocale m_locale;
};

} // namespace mikro::models
