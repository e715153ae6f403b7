#include "models/SearchFilterModel.h"

#include "models/ItemRoles.h"

namespace mikro::models {

SearchFilterModel::SearchFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortLocaleAware(true);
}

QString SearchFilterModel::folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out.toCaseFolded();
}

void SearchFilterModel::setSearch(const QString &text)
{
    m_search = text;
    m_words = folded(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool SearchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    QString row;
    for (int column = 0; column < sourceModel()->columnCount(sourceParent); ++column) {
        row += folded(sourceModel()->index(sourceRow, column, sourceParent).data().toString());
        row += QLatin1Char('\n');
    }
    for (const QString &word : m_words) {
        if (!row.contains(word))
            return false;
    }
    return true;
}

} // namespace mikro::models
