#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace mikro::ui {

/// One figure of a dashboard (UI.md §3.1): a title, the value large, and a sub-line; the
/// Payable card has the accent edge. Widgets added with addWidget() go under the sub-line.
class FigureCard : public QFrame
{
    Q_OBJECT
public:
    explicit FigureCard(const QString &objectName, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setValue(const QString &value);
    void setSubLine(const QString &text);
    void setAccent(bool accent);
    void addWidget(QWidget *widget);

    [[nodiscard]] QString value() const;
    [[nodiscard]] QString subLine() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyLook();

    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_subLine = nullptr;
    QVBoxLayout *m_layout = nullptr;
    bool m_accent = false;
    bool m_applying = false;
};

} // namespace mikro::ui
