#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace mikro::ui {

/// A dashboard's short list (UI.md §5.1: "Oldest pending requests", "Recent payouts", "Projects
/// near budget"): a bold heading, a few rows in columns (numbers right-aligned), a sentence when
/// there are none, and an optional "Open {page}" button under it.
class ShortList : public QWidget
{
    Q_OBJECT
public:
    /// `objectName` names the list ("pendingList"); its tree is `objectName + "View"`, its
    /// button `objectName + "Open"`.
    explicit ShortList(const QString &objectName, QWidget *parent = nullptr);

    void setHeading(const QString &heading);
    void setEmptyText(const QString &text);
    /// The button's text; empty hides it. It emits openRequested().
    void setOpenText(const QString &text);
    /// Column titles, and which columns hold numbers (right-aligned).
    void setColumns(const QStringList &titles, const QList<int> &numeric = {});
    void setRows(const QList<QStringList> &rows);

    [[nodiscard]] QTreeWidget *view() const { return m_view; }
    /// The rows as shown, cells joined by " · " (tests and the accessible description).
    [[nodiscard]] QStringList lines() const;

signals:
    void openRequested();

private:
    QLabel *m_heading = nullptr;
    QTreeWidget *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_open = nullptr;
    QList<int> m_numeric;
};

} // namespace mikro::ui
