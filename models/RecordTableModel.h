#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace mikro::models {

/// What every record table of Mikro does the same way (UI.md §2.3): fixed columns with
/// translated headers, numbers and amounts right-aligned, a raw SortRole value per cell, the
/// row's status word and id. Subclasses hold the rows and say what one cell shows.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct ColumnSpec
    {
        const char *header; ///< QT_TRANSLATE_NOOP("mikro::models::Columns", …)
        bool numeric = false; ///< right-aligned
    };

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    RecordTableModel(QList<ColumnSpec> columns, QObject *parent);

    [[nodiscard]] virtual int recordCount() const = 0;
    [[nodiscard]] virtual QVariant displayOf(int row, int column) const = 0;
    [[nodiscard]] virtual QVariant sortOf(int row, int column) const = 0;
    [[nodiscard]] virtual qint64 idOf(int row) const = 0;
    /// The stored status word of the row, when it has one.
    [[nodiscard]] virtual QString statusOf(int row) const;
    /// The CSV text of a cell: by default the sort value, a time in ISO 8601 with its offset.
    [[nodiscard]] virtual QString csvOf(int row, int column) const;
    /// A cell's fraction for a bar (ProgressRole); none by default.
    [[nodiscard]] virtual QVariant progressOf(int row, int column) const;
    /// Whether a change to the row waits to be sent (WaitingRole); none by default.
    [[nodiscard]] virtual bool waitingOf(int row) const;

    /// Local time in the locale's short format; empty for no time.
    [[nodiscard]] QString timeText(const QDateTime &time) const;
    /// A person as money lists name them: "Ana Lima (ana_maps)", or the name alone.
    [[nodiscard]] static QString personText(const QString &name, const QString &osmUsername);
    [[nodiscard]] const QLocale &locale() const { return m_locale; }
    /// Takes the current default locale (call at each reset: a language may have been chosen).
    void refreshLocale() { m_locale = QLocale(); }

private:
    QList<ColumnSpec> m_columns;
    QLocale m_locale;
};

} // namespace mikro::models
