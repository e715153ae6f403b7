#include "ui/common/CsvFile.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QSaveFile>

namespace mikro::ui {

void askForCsvPath(QWidget *parent, const QString &title, const QString &suggestedName,
    std::function<void(const QString &path)> chosen)
{
    auto *dialog = new QFileDialog(parent, title, QString(),
        QCoreApplication::translate("mikro::ui::CsvFile", "CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(suggestedName);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, std::move(chosen));
    dialog->open();
}

QString writeCsvFile(const QString &path, const QByteArray &bytes)
{
    // All or nothing: a failed write leaves an older file as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace mikro::ui
