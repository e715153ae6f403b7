#include "tests/fuzz/FuzzTarget.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

/// Replays every file under the given files or directories through the target (CTest:
/// `fuzz_replay_<target>`): an input that crashes, leaks or trips a sanitizer fails the run.
/// Exit 2 when there was nothing to replay, so an emptied corpus cannot pass unnoticed.
int main(int argc, char *argv[])
{
    LLVMFuzzerInitialize(&argc, &argv);
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else {
            files << path;
        }
    }
    files.sort();
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QByteArray input = file.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(input.constData()),
            static_cast<std::size_t>(input.size()));
    }
    std::printf("replayed %s inputs\n", qPrintable(QString::number(files.size())));
    return files.isEmpty() ? 2 : 0;
}
