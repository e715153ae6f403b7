#include "services/http/RequestReader.h"
#include "tests/fuzz/FuzzTarget.h"

#include <QByteArray>

#include <algorithm>

/// The server's HTTP request reader (services/http/RequestReader): the bytes of one connection,
/// cut into pieces at the positions the first two bytes choose (as TCP may deliver them), read
/// request after request — pipelined ones too — until the stream ends or fails; each request's
/// head (method, headers, decoded path, query) is built as the router would see it.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    mikro::http::HttpLimits limits;
    limits.maxHeaderBytes = 2048; // small limits, so the fuzzer reaches them
    limits.maxBodyBytes = 4096;
    const std::size_t piece = 1 + (data[0] | (data[1] << 8)) % 512;
    const char *bytes = reinterpret_cast<const char *>(data + 2);
    const std::size_t length = size - 2;
    mikro::http::RequestReader reader(limits);
    QByteArray buffer;
    for (std::size_t at = 0; at < length || !buffer.isEmpty();) {
        if (at < length) {
            const std::size_t n = std::min(piece, length - at);
            buffer.append(bytes + at, static_cast<qsizetype>(n));
            at += n;
        }
        const auto step = reader.read(buffer);
        if (step == mikro::http::RequestReader::Step::Failed)
            return 0;
        if (reader.headerDone()) {
            const mikro::http::Request head = reader.head();
            (void)head.header("authorization");
            (void)reader.expectsContinue();
        }
        if (reader.complete()) {
            bool keepAlive = false;
            const mikro::http::Request request = reader.take(&keepAlive);
            (void)request.query.queryItems();
            if (!keepAlive)
                return 0;
            continue;
        }
        if (step == mikro::http::RequestReader::Step::NeedMore && at >= length)
            return 0;
    }
    return 0;
}
