#pragma once

#include <cstddef>
#include <cstdint>

// The libFuzzer entry points every target in tests/fuzz defines (issue #15 §5). Built with
// MIKRO_FUZZ=ON (clang, -fsanitize=fuzzer) they are fuzzers; in every other build they are linked
// with ReplayMain.cpp, and CTest replays the kept corpus through them, so a regression of any
// finding fails the build.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
