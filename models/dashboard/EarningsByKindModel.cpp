#include "models/dashboard/EarningsByKindModel.h"

#include "models/ItemRoles.h"

namespace mikro::models {

EarningsByKindModel::EarningsByKindModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EarningsByKindModel::setEarnings(core::Money mapping, core::Money validation,
    core::Money checklist, core::Money adjustments, const QString &currency)
{
    beginResetModel();
    m_amounts = { mapping, validation, checklist, adjustments };
    m_currency = currency;
    m_locale = QLocale();
    endResetModel();
}

core::Money EarningsByKindModel::total() const
{
    qint64 cents = 0;
    for (const core::Money part : m_amounts)
        cents += part.cents();
    return core::Money(cents);
}

QString EarningsByKindModel::partName(int part)
{
    switch (part) {
    case Mapping:
        return tr("Mapping");
    case Validation:
        return tr("Validation");
    case Checklist:
        return tr("Checklist");
    case Adjustments:
        return tr("Adjustments");
    default:
        return {};
    }
}

QString EarningsByKindModel::amountText(core::Money amount) const
{
    return core::formatMoney(amount, m_currency, m_locale);
}

bool EarningsByKindModel::isEmpty() const
{
    return std::all_of(m_amounts.begin(), m_amounts.end(),
        [](core::Money part) { return part == core::Money(0); });
}

int EarningsByKindModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : PartCount;
}

int EarningsByKindModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant EarningsByKindModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int part = index.row();
    if (index.column() == 0)
        return role == Qt::DisplayRole || role == SortRole ? QVariant(partName(part)) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return amountText(m_amounts.at(part));
    case SortRole:
        return m_amounts.at(part).cents();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant EarningsByKindModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? tr("Kind") : tr("Amount");
}

} // namespace mikro::models
