#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace motcua::protocol {

// The text of each op's "fields" in a push body, cut from the body as the device wrote it, with
// the whitespace between tokens left out: the server stores that text instead of serialising the
// parsed fields again, which took more of a push's CPU than parsing the whole body did.
//
// The body must have parsed as JSON already (QJsonDocument): this only finds where each value
// starts and ends. A value parsed alone gives what it gave inside the body, so the text holds the
// same fields the parser validated. The one way the two could differ is a repeated member name,
// where the parser keeps one value and a cut might take the other: a body that repeats "ops", or
// "fields" in one op, or that escapes a character in those names, gives nullopt, and so does
// anything else unexpected; the caller then serialises the parsed fields, as before.
// An op without "fields" gets an empty text.
std::optional<QList<QByteArray>> pushFieldsTexts(const QByteArray &body);

} // namespace motcua::protocol
