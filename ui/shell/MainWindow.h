#pragma once

#include <QMainWindow>

class QLabel;

namespace mikro::ui {

/// The desktop shell: assembles pages and shows the state of the local store in the status bar.
/// It only presents; the composition root tells it what happened.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void showStorePreparing();
    void showStoreReady(const QString &place, int schemaVersion);
    void showStoreFailed(const QString &message, const QString &details);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_headline = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_storeState = nullptr;
};

} // namespace mikro::ui
