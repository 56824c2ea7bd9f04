#include "DataKey.h"

#include "Sodium.h"

#include <sodium.h>

namespace motcua::vault {

DataKey::DataKey() = default;

DataKey DataKey::random()
{
    DataKey key;
    if (!sodiumReady())
        return key;
    randombytes_buf(key.m_key.data(), key.m_key.size());
    key.m_valid = true;
    return key;
}

DataKey DataKey::fromBytes(const QByteArray &bytes)
{
    DataKey key;
    if (bytes.size() != kSize || !sodiumReady())
        return key;
    std::copy(bytes.cbegin(), bytes.cend(), key.m_key.begin());
    key.m_valid = true;
    return key;
}

DataKey::~DataKey()
{
    sodium_memzero(m_key.data(), m_key.size());
}

DataKey::DataKey(const DataKey &other) = default;
DataKey &DataKey::operator=(const DataKey &other) = default;

std::array<unsigned char, DataKey::kSize> DataKey::subkey(Purpose purpose) const
{
    static_assert(crypto_kdf_KEYBYTES == kSize && kSize >= crypto_kdf_BYTES_MIN);
    std::array<unsigned char, kSize> out{};
    crypto_kdf_derive_from_key(out.data(), out.size(), static_cast<std::uint64_t>(purpose), "MotCuaDK", m_key.data());
    return out;
}

} // namespace motcua::vault
