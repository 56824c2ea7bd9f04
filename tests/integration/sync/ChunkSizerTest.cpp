// The attachment chunk size under drops (sync/client/Backoff.h): what the fault tests and
// bench_sync_drain --cut-every rely on, checked without a network.
#include "client/Backoff.h"

#include <catch2/catch.hpp>

using motcua::sync::ChunkSizer;

TEST_CASE("chunks stay at 256 KiB on a link that never drops, however slow", "[sync][chunks]")
{
    ChunkSizer chunks;
    CHECK(chunks.current() == 256 * 1024);
    chunks.onSuccess(9000); // a slow 2G chunk is not a drop
    CHECK(chunks.current() == 256 * 1024);
}

TEST_CASE("a drop halves the chunk that was cut, down to 8 KiB, and fast chunks grow it back only as the drops "
          "stop",
    "[sync][chunks]")
{
    ChunkSizer chunks;
    chunks.onDropped(100000); // a 100 KB scan sent whole
    CHECK(chunks.current() == 50000);
    chunks.onSuccess(ChunkSizer::kFastChunkMs + 1); // slow: stays small while the link is bad
    CHECK(chunks.current() == 50000);
    for (int i = 0; i < 10; ++i)
        chunks.onDropped(chunks.current());
    CHECK(chunks.current() == ChunkSizer::kMinimum);
    // Fast chunks between drops do not grow past half of what dropped last.
    chunks.onSuccess(100);
    CHECK(chunks.current() == ChunkSizer::kMinimum);
    // A run without drops raises the ceiling step by step, back to the largest chunks.
    for (int i = 0; i < 10 * ChunkSizer::kSuccessesToRaise; ++i)
        chunks.onSuccess(100);
    CHECK(chunks.current() == ChunkSizer::kMaximum);
}

TEST_CASE("a chunk size learned earlier is where the next run starts", "[sync][chunks]")
{
    ChunkSizer chunks;
    chunks.restore(16 * 1024);
    CHECK(chunks.current() == 16 * 1024);
    chunks.onSuccess(100);
    CHECK(chunks.current() == 16 * 1024);
    chunks.restore(1);
    CHECK(chunks.current() == ChunkSizer::kMinimum);
}
