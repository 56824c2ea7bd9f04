#include "domain/TextFold.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

using namespace motcua;

namespace {

QString nfd(const QString &text)
{
    return text.normalized(QString::NormalizationForm_D);
}

int sign(int value)
{
    return (value > 0) - (value < 0);
}

} // namespace

TEST_CASE("normalize stores NFC, trimmed, with single spaces", "[textfold]")
{
    const QString composed = QStringLiteral("Đăng ký khai sinh");
    CHECK(TextFold::normalize(nfd(composed)) == composed);
    CHECK(TextFold::normalize(QStringLiteral("  Nguyễn \t Văn\n\nAn  ")) == QStringLiteral("Nguyễn Văn An"));
    CHECK(TextFold::normalize(QStringLiteral(" plain  ascii ")) == QStringLiteral("plain ascii"));
    CHECK(TextFold::normalize(QStringLiteral("Hà\u00A0Nội")) == QStringLiteral("Hà Nội"));
    CHECK(TextFold::normalize(QString()).isEmpty());
}

TEST_CASE("searchKey makes case, diacritics and NFD irrelevant", "[textfold]")
{
    const QString key = TextFold::searchKey(QStringLiteral("Đăng ký khai sinh"));
    CHECK(key == QStringLiteral("dang ky khai sinh"));
    CHECK(TextFold::searchKey(QStringLiteral("dang ky khai sinh")) == key);
    CHECK(TextFold::searchKey(QStringLiteral("ĐĂNG KÝ KHAI SINH")) == key);
    CHECK(TextFold::searchKey(nfd(QStringLiteral("Đăng ký khai sinh"))) == key);
    CHECK(TextFold::searchKey(QStringLiteral("Đăng Ký Khai Sinh")) == key);
}

TEST_CASE("searchKey ignores where the tone mark is placed", "[textfold]")
{
    CHECK(TextFold::searchKey(QStringLiteral("hoà")) == TextFold::searchKey(QStringLiteral("hòa")));
    CHECK(TextFold::searchKey(QStringLiteral("Khánh Hoà")) == QStringLiteral("khanh hoa"));
    CHECK(TextFold::searchKey(QStringLiteral("thuỷ")) == TextFold::searchKey(QStringLiteral("thủy")));
    CHECK(TextFold::searchKey(QStringLiteral("thuỷ")) == QStringLiteral("thuy"));
    // A legacy mix: precomposed ơ followed by a combining acute.
    CHECK(TextFold::searchKey(QStringLiteral("ơ\u0301")) == QStringLiteral("o"));
}

TEST_CASE("searchKey maps đ and Đ to d explicitly", "[textfold]")
{
    CHECK(TextFold::searchKey(QStringLiteral("đ")) == QStringLiteral("d"));
    CHECK(TextFold::searchKey(QStringLiteral("Đà Nẵng")) == QStringLiteral("da nang"));
    CHECK(TextFold::searchKey(QStringLiteral("ĐỖ ĐỨC ĐẠT")) == QStringLiteral("do duc dat"));
    // The Icelandic eth that legacy converters put in place of Đ.
    CHECK(TextFold::searchKey(QStringLiteral("\u00D0\u00F4ng")) == QStringLiteral("dong"));
}

TEST_CASE("searchKey keeps dots and dashes and turns other punctuation into spaces", "[textfold]")
{
    CHECK(TextFold::searchKey(QStringLiteral("1.001193")) == QStringLiteral("1.001193"));
    CHECK(
        TextFold::searchKey(QStringLiteral("Nghị định 123/2015/NĐ-CP")) == QStringLiteral("nghi dinh 123 2015 nd-cp"));
    CHECK(TextFold::searchKey(QStringLiteral("  Thay đổi, cải chính;  bổ sung (hộ tịch)! "))
        == QStringLiteral("thay doi cai chinh bo sung ho tich"));
    CHECK(TextFold::searchKey(QStringLiteral("Bà Rịa–Vũng Tàu")) == QStringLiteral("ba ria-vung tau"));
    CHECK(TextFold::searchKey(QStringLiteral("\"?!\"")).isEmpty());
}

TEST_CASE("searchKey folds letters outside the Vietnamese range too", "[textfold]")
{
    CHECK(TextFold::searchKey(QStringLiteral("Ελλάδα")) == QStringLiteral("ελλαδα"));
    CHECK(TextFold::searchKey(QStringLiteral("Crème BRÛLÉE")) == QStringLiteral("creme brulee"));
    CHECK(TextFold::searchKey(QStringLiteral("ＡＢＣ")) == QStringLiteral("ａｂｃ"));
}

TEST_CASE("compare follows the Vietnamese alphabet, not code points", "[textfold]")
{
    CHECK(TextFold::compare(QStringLiteral("a"), QStringLiteral("ă")) < 0);
    CHECK(TextFold::compare(QStringLiteral("ă"), QStringLiteral("â")) < 0);
    CHECK(TextFold::compare(QStringLiteral("â"), QStringLiteral("b")) < 0);
    CHECK(TextFold::compare(QStringLiteral("d"), QStringLiteral("đ")) < 0);
    CHECK(TextFold::compare(QStringLiteral("đ"), QStringLiteral("e")) < 0);
    CHECK(TextFold::compare(QStringLiteral("ô"), QStringLiteral("ơ")) < 0);
    CHECK(TextFold::compare(QStringLiteral("ơ"), QStringLiteral("p")) < 0);
    CHECK(TextFold::compare(QStringLiteral("u"), QStringLiteral("ư")) < 0);
    CHECK(TextFold::compare(QStringLiteral("ư"), QStringLiteral("v")) < 0);
    // Letters of foreign words come after y.
    CHECK(TextFold::compare(QStringLiteral("y"), QStringLiteral("f")) < 0);
    CHECK(TextFold::compare(QStringLiteral("Yến"), QStringLiteral("Zin")) < 0);
    // Code point order would put Đ (U+0110) after every ASCII letter.
    CHECK(TextFold::compare(QStringLiteral("Đức"), QStringLiteral("Giang")) < 0);
}

TEST_CASE("compare orders tones after letters: none, huyền, hỏi, ngã, sắc, nặng", "[textfold]")
{
    const QStringList tones = {QStringLiteral("ma"), QStringLiteral("mà"), QStringLiteral("mả"), QStringLiteral("mã"),
        QStringLiteral("má"), QStringLiteral("mạ")};
    for (qsizetype i = 0; i + 1 < tones.size(); ++i)
        CHECK(TextFold::compare(tones.at(i), tones.at(i + 1)) < 0);
    // The letter decides before the tone: "mạ" < "mb".
    CHECK(TextFold::compare(QStringLiteral("mạ"), QStringLiteral("mb")) < 0);
    CHECK(TextFold::compare(QStringLiteral("mạ"), QStringLiteral("mă")) < 0);
}

TEST_CASE("compare decides by case only when letters and tones are equal", "[textfold]")
{
    CHECK(TextFold::compare(QStringLiteral("an"), QStringLiteral("An")) < 0);
    CHECK(TextFold::compare(QStringLiteral("An"), QStringLiteral("àn")) < 0);
    CHECK(TextFold::compare(QStringLiteral("An"), QStringLiteral("anh")) < 0);
    CHECK(TextFold::compare(QStringLiteral("Lê"), QStringLiteral("Lê")) == 0);
}

TEST_CASE("compare treats NFD and NFC and extra white space as equal", "[textfold]")
{
    const QString name = QStringLiteral("Nguyễn Thị Ánh Tuyết");
    CHECK(TextFold::compare(name, nfd(name)) == 0);
    CHECK(TextFold::compare(QStringLiteral("  Nguyễn   Thị Ánh Tuyết "), name) == 0);
    CHECK(TextFold::sortKey(nfd(name)) == TextFold::sortKey(name));
}

TEST_CASE("Vietnamese names sort into dictionary order", "[textfold]")
{
    const QStringList ordered = {
        QStringLiteral("An"),
        QStringLiteral("Ăn"),
        QStringLiteral("Ân"),
        QStringLiteral("Bùi"),
        QStringLiteral("Dương"),
        QStringLiteral("Đặng"),
        QStringLiteral("Đinh"),
        QStringLiteral("Đỗ"),
        QStringLiteral("Giang"),
        QStringLiteral("Hoàng"),
        QStringLiteral("Hồ"),
        QStringLiteral("Huỳnh"),
        QStringLiteral("Lê"),
        QStringLiteral("Lý"),
        QStringLiteral("Ngô"),
        QStringLiteral("Nguyễn"),
        QStringLiteral("Ông"),
        QStringLiteral("Phạm"),
        QStringLiteral("Phan"),
        QStringLiteral("Trần"),
        QStringLiteral("Trương"),
        QStringLiteral("Võ"),
        QStringLiteral("Vũ"),
    };
    QStringList shuffled = ordered;
    std::reverse(shuffled.begin(), shuffled.end());
    std::swap(shuffled[2], shuffled[7]);
    std::sort(shuffled.begin(), shuffled.end(),
        [](const QString &a, const QString &b) { return TextFold::compare(a, b) < 0; });
    CHECK(shuffled == ordered);

    QStringList byKey = ordered;
    std::reverse(byKey.begin(), byKey.end());
    std::sort(byKey.begin(), byKey.end(),
        [](const QString &a, const QString &b) { return TextFold::sortKey(a) < TextFold::sortKey(b); });
    CHECK(byKey == ordered);
}

TEST_CASE("The short names An, Ă and Ân sort by their letters", "[textfold]")
{
    QStringList names = {QStringLiteral("Lý"), QStringLiteral("Ân"), QStringLiteral("Hồ"), QStringLiteral("Đặng"),
        QStringLiteral("Ă"), QStringLiteral("Bùi"), QStringLiteral("Dương"), QStringLiteral("An"), QStringLiteral("Lê"),
        QStringLiteral("Hoàng")};
    std::sort(
        names.begin(), names.end(), [](const QString &a, const QString &b) { return TextFold::compare(a, b) < 0; });
    const QStringList expected = {QStringLiteral("An"), QStringLiteral("Ă"), QStringLiteral("Ân"),
        QStringLiteral("Bùi"), QStringLiteral("Dương"), QStringLiteral("Đặng"), QStringLiteral("Hoàng"),
        QStringLiteral("Hồ"), QStringLiteral("Lê"), QStringLiteral("Lý")};
    CHECK(names == expected);
}

TEST_CASE("Digits and white space sort before letters", "[textfold]")
{
    CHECK(TextFold::compare(QStringLiteral("9"), QStringLiteral("a")) < 0);
    CHECK(TextFold::compare(QStringLiteral("Lê An"), QStringLiteral("Lê Anh")) < 0);
    CHECK(TextFold::compare(QStringLiteral("Lê Anh"), QStringLiteral("Lêa")) < 0);
    CHECK(TextFold::compare(QStringLiteral(""), QStringLiteral("a")) < 0);
    CHECK(TextFold::compare(QStringLiteral(""), QStringLiteral("   ")) == 0);
}

TEST_CASE("sortKey byte order equals compare over random pairs", "[textfold]")
{
    // Pieces chosen to collide often: equal letters with different tones, cases and forms.
    const QStringList pieces = {QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("à"), QStringLiteral("ă"),
        QStringLiteral("Ắ"), QStringLiteral("â"), QStringLiteral("ậ"), QStringLiteral("d"), QStringLiteral("đ"),
        QStringLiteral("Đ"), QStringLiteral("e"), QStringLiteral("ê"), QStringLiteral("ễ"), QStringLiteral("o"),
        QStringLiteral("ơ"), QStringLiteral("ở"), QStringLiteral("u"), QStringLiteral("ư"), QStringLiteral("ữ"),
        QStringLiteral("y"), QStringLiteral("f"), QStringLiteral(" "), QStringLiteral("1"), QStringLiteral("-"),
        QStringLiteral("ß"), QStringLiteral("a\u0306\u0301"), QStringLiteral("n"), QStringLiteral("N"),
        QStringLiteral("g"), QStringLiteral("h")};
    QRandomGenerator random(20250701);
    auto makeText = [&] {
        QString text;
        const int length = random.bounded(0, 6);
        for (int i = 0; i < length; ++i)
            text += pieces.at(random.bounded(pieces.size()));
        return text;
    };
    int mismatches = 0;
    for (int i = 0; i < 20000; ++i) {
        const QString a = makeText();
        const QString b = makeText();
        const QByteArray ka = TextFold::sortKey(a);
        const QByteArray kb = TextFold::sortKey(b);
        const int byKey = sign(ka.compare(kb));
        const int byCompare = sign(TextFold::compare(a, b));
        if (byKey != byCompare) {
            ++mismatches;
            INFO(a.toStdString() << " vs " << b.toStdString());
            CHECK(byKey == byCompare);
        }
        CHECK(sign(TextFold::compare(b, a)) == -byCompare);
    }
    CHECK(mismatches == 0);
}
