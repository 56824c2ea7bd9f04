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

TEST_CASE("a drop halves the chunk that was cut, down to 16 KiB, and fast chunks double it back", "[sync][chunks]")
{
    ChunkSizer chunks;
    chunks.onDropped(100000); // a 100 KB scan sent whole
    CHECK(chunks.current() == 50000);
    chunks.onSuccess(ChunkSizer::kFastChunkMs + 1); // slow: stays small while the link is bad
    CHECK(chunks.current() == 50000);
    for (int i = 0; i < 10; ++i)
        chunks.onDropped(chunks.current());
    CHECK(chunks.current() == ChunkSizer::kMinimum);
    for (int i = 0; i < 10; ++i)
        chunks.onSuccess(100);
    CHECK(chunks.current() == ChunkSizer::kMaximum);
}
