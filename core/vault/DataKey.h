#pragma once

#include <QByteArray>

#include <array>
#include <cstdint>

namespace motcua::vault {

// The random 32-byte key that encrypts one data folder (pages of the store, its WAL, the scans).
// It never touches the disk unwrapped: KeySlots keeps it wrapped under each officer's password
// and under the recovery key. Subkeys are derived with crypto_kdf so the page cipher, the scan
// cipher and the scan-name hash never share a key.
class DataKey final
{
public:
    static constexpr int kSize = 32;

    DataKey(); // all zero: not a usable key (isValid() is false)
    static DataKey random();
    static DataKey fromBytes(const QByteArray &bytes); // invalid unless exactly kSize bytes
    ~DataKey();
    DataKey(const DataKey &other);
    DataKey &operator=(const DataKey &other);

    bool isValid() const { return m_valid; }
    const unsigned char *bytes() const { return m_key.data(); }

    enum class Purpose : std::uint64_t { Pages = 1, Scans = 2, ScanNames = 3 };
    std::array<unsigned char, kSize> subkey(Purpose purpose) const;

private:
    std::array<unsigned char, kSize> m_key{};
    bool m_valid = false;
};

} // namespace motcua::vault
