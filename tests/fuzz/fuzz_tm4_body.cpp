#include "services/tm4/Tm4Parser.h"
#include "tests/fuzz/FuzzTarget.h"

#include <QByteArray>

/// The Tasking Manager's answers (services/tm4/Tm4Parser): the first byte chooses which body
/// the rest is read as — a project summary, the task list, a task's history or the contributions.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(
        reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    switch (data[0] % 4) {
    case 0:
        (void)mikro::tm4::parser::projectSummary(body);
        break;
    case 1:
        (void)mikro::tm4::parser::taskStates(body);
        break;
    case 2:
        (void)mikro::tm4::parser::taskDetail(body);
        break;
    default:
        (void)mikro::tm4::parser::contributions(body);
        break;
    }
    return 0;
}
