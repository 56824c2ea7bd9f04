#include "io/LegacyCsvReader.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace motcua;

namespace {

// Every record of bytes, or "error: code" at the first error.
QList<QList<QByteArray>> readAll(const QByteArray &bytes, char delimiter = ',', QList<qint64> *lines = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    LegacyCsvReader reader(buffer, delimiter);
    QList<QList<QByteArray>> records;
    QList<QByteArray> fields;
    while (true) {
        auto more = reader.next(fields);
        if (!more) {
            records.append({"error: " + more.error().code.toUtf8()});
            break;
        }
        if (!*more)
            break;
        records.append(fields);
        if (lines)
            lines->append(reader.recordLine());
    }
    return records;
}

} // namespace

TEST_CASE("CSV fields may be quoted, hold doubled quotes, delimiters and line breaks", "[legacy][csv]")
{
    QList<qint64> lines;
    const auto records = readAll("a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",,x\r\nlast,row,here", ',', &lines);
    REQUIRE(records.size() == 3);
    CHECK(records.at(0) == QList<QByteArray>{"a", "b,1", "say \"hi\""});
    CHECK(records.at(1) == QList<QByteArray>{"two\r\nlines", "", "x"});
    CHECK(records.at(2) == QList<QByteArray>{"last", "row", "here"});
    CHECK(lines == QList<qint64>{1, 2, 4});
}

TEST_CASE("CSV reading skips blank lines and a UTF-8 byte order mark, and accepts LF or CR endings", "[legacy][csv]")
{
    const auto records = readAll("\xEF\xBB\xBFh1;h2\n\n1;2\r3;4\n\n", ';');
    REQUIRE(records.size() == 3);
    CHECK(records.at(0) == QList<QByteArray>{"h1", "h2"});
    CHECK(records.at(1) == QList<QByteArray>{"1", "2"});
    CHECK(records.at(2) == QList<QByteArray>{"3", "4"});
}

TEST_CASE("An empty last field and an empty quoted field are kept", "[legacy][csv]")
{
    const auto records = readAll("a,\n\"\",b\n");
    REQUIRE(records.size() == 2);
    CHECK(records.at(0) == QList<QByteArray>{"a", ""});
    CHECK(records.at(1) == QList<QByteArray>{"", "b"});
}

TEST_CASE("A quote that never closes is an error naming its line, not a runaway read", "[legacy][csv]")
{
    const auto records = readAll("a,b\nc,\"d\ne,f\n");
    REQUIRE(records.size() == 2);
    CHECK(records.at(1).at(0) == "error: csv.unterminated_quote");
}

TEST_CASE("A field larger than the limit is refused", "[legacy][csv]")
{
    QByteArray huge = "\"";
    huge += QByteArray(LegacyCsvReader::kMaxFieldBytes + 10, 'x');
    const auto records = readAll(huge);
    REQUIRE(records.size() == 1);
    CHECK(records.at(0).at(0) == "error: csv.field_too_long");
}

TEST_CASE("Records spanning the reader's 64 KiB chunks come out whole", "[legacy][csv]")
{
    QByteArray bytes;
    for (int i = 0; i < 5000; ++i)
        bytes += "Nguy\xEA\xDEn Th\xF2 " + QByteArray::number(i) + ",\"multi\nline " + QByteArray::number(i) + "\"\r\n";
    const auto records = readAll(bytes);
    REQUIRE(records.size() == 5000);
    CHECK(records.at(4321).at(1) == "multi\nline 4321");
    CHECK(records.at(4999).at(0).endsWith(" 4999"));
}

TEST_CASE("The delimiter is detected from the first lines", "[legacy][csv]")
{
    CHECK(LegacyCsvReader::detectDelimiter("a;b;c\n1;2;3\n") == ';');
    CHECK(LegacyCsvReader::detectDelimiter("a\tb\tc\n1\t2\t3\n") == '\t');
    CHECK(LegacyCsvReader::detectDelimiter("a,b,c\n1,2,3\n") == ',');
    // Commas inside quoted names do not fool it.
    CHECK(LegacyCsvReader::detectDelimiter("\"Lê, Văn\";b\n\"Trần, Thị\";d\n") == ';');
    CHECK(LegacyCsvReader::detectDelimiter("Họ tên;Địa chỉ\nA;Xã Phú, huyện B\nC;Xã D\n") == ';');
    CHECK(LegacyCsvReader::detectDelimiter("single column\nonly\n") == ',');
}
