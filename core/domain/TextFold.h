#pragma once

#include <QByteArray>
#include <QString>

namespace motcua::TextFold {

// The form in which MotCua stores Vietnamese text: Unicode NFC, trimmed, inner runs of white
// space collapsed to one space. Input typed or imported in NFD compares equal after this.
QString normalize(const QString &text);

// The search key of a text (DOMAIN.md, "Vietnamese text"): case-folded, decomposed, combining
// marks dropped, đ/Đ mapped to d explicitly, punctuation other than '.' and '-' turned into
// spaces, white space collapsed. "Đăng ký Khai sinh", "dang ky khai sinh" and the NFD or
// "hoà"/"hòa" spellings all give the same key.
QString searchKey(const QString &text);

// Orders by the Vietnamese alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y),
// then by tone (none, huyền, hỏi, ngã, sắc, nặng), then case: not by code point.
// Returns <0, 0 or >0.
int compare(const QString &left, const QString &right);

// A byte string whose memcmp order is compare()'s order, for ORDER BY in SQL.
QByteArray sortKey(const QString &text);

} // namespace motcua::TextFold
