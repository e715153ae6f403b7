#pragma once

#include <QList>
#include <QString>

#include <cstdio>
#include <exception>

namespace mikro::testing {

/// One timed step of a desktop benchmark: how long it took and the longest stall of the UI
/// thread while it ran (LatencyProbe).
struct BenchStep
{
    const char *name;
    double ms;
    double stallMs;
    QString detail;
};

/// Prints the steps as a table; false when a stall exceeds `stallLimitMs` (0: no limit).
inline bool printSteps(const QList<BenchStep> &steps, double stallLimitMs)
{
    bool withinLimit = true;
    std::printf("%-22s %12s %16s  %s\n", "step", "time ms", "worst stall ms", "shown");
    for (const BenchStep &s : steps) {
        std::printf("%-22s %12.1f %16.1f  %s\n", s.name, s.ms, s.stallMs, qPrintable(s.detail));
        if (stallLimitMs > 0 && s.stallMs > stallLimitMs)
            withinLimit = false;
    }
    return withinLimit;
}

/// `run(argc, argv)` with any exception reported under `name` as a failure (exit status 1).
inline int runGuarded(const char *name, int (*run)(int, char **), int argc, char **argv)
{
    try {
        return run(argc, argv);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s: %s\n", name, e.what());
    } catch (...) {
        std::fprintf(stderr, "%s: an unknown exception\n", name);
    }
    return 1;
}

} // namespace mikro::testing
