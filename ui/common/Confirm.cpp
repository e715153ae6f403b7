#include "ui/common/Confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace mikro::ui {

QMessageBox *askToConfirm(QWidget *parent, const QString &objectName, const QString &title,
    const QString &question, const QString &yesText, std::function<void(bool yes)> answered)
{
    auto *box = new QMessageBox(
        QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setObjectName(objectName);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(yesText);
    QObject::connect(box, &QMessageBox::finished, box, [box, answered = std::move(answered)] {
        answered(box->clickedButton() == box->button(QMessageBox::Yes));
    });
    box->open();
    return box;
}

} // namespace mikro::ui
