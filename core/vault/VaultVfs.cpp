#include "VaultVfs.h"

#include "Keyring.h"
#include "Sodium.h"

#include <sodium.h>
#include <sqlite3.h>

#include <array>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

namespace motcua::vault::VaultVfs {

namespace {

constexpr int kContentBytes = kPageSize - kReserveBytes;
constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(kNonceBytes + kTagBytes == kReserveBytes);
constexpr sqlite3_int64 kWalHeader = 32;
constexpr sqlite3_int64 kFrameHeader = 24;
constexpr sqlite3_int64 kFrameSize = kFrameHeader + kPageSize;

thread_local std::string t_lastFailure;

enum class Kind { Store, Wal, Temporary, Plain };

struct VaultFile
{
    sqlite3_file base; // must come first: SQLite sees a VaultFile as an sqlite3_file
    Kind kind = Kind::Plain;
    std::array<unsigned char, 32> key{}; // page subkey (Store, Wal) or the temporary file's own key
    std::array<unsigned char, crypto_stream_xchacha20_NONCEBYTES> streamNonce{};
    std::string name;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

sqlite3_vfs *g_root = nullptr;

VaultFile *asVault(sqlite3_file *file)
{
    return reinterpret_cast<VaultFile *>(file);
}

void recordFailure(const VaultFile &file, sqlite3_int64 place)
{
    t_lastFailure
        = (file.kind == Kind::Wal ? "WAL frame at offset " : "page ") + std::to_string(place) + " of " + file.name;
}

// The associated data binds a page to its file kind and place.
std::array<unsigned char, 9> associatedData(Kind kind, sqlite3_int64 place)
{
    std::array<unsigned char, 9> ad{};
    ad[0] = kind == Kind::Wal ? 'W' : 'D';
    for (int i = 0; i < 8; ++i)
        ad[static_cast<std::size_t>(1 + i)] = static_cast<unsigned char>(static_cast<sqlite3_uint64>(place) >> (8 * i));
    return ad;
}

void sealPage(const VaultFile &file, sqlite3_int64 place, const unsigned char *plain, unsigned char *out)
{
    unsigned char *nonce = out + kContentBytes;
    unsigned char *tag = nonce + kNonceBytes;
    randombytes_buf(nonce, kNonceBytes);
    const auto ad = associatedData(file.kind, place);
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(
        out, tag, nullptr, plain, kContentBytes, ad.data(), ad.size(), nullptr, nonce, file.key.data());
}

// Decrypts in place; the reserved bytes become zero, which is what SQLite wrote there.
bool openPage(const VaultFile &file, sqlite3_int64 place, unsigned char *page)
{
    unsigned char nonce[kNonceBytes];
    unsigned char tag[kTagBytes];
    std::memcpy(nonce, page + kContentBytes, kNonceBytes);
    std::memcpy(tag, page + kContentBytes + kNonceBytes, kTagBytes);
    const auto ad = associatedData(file.kind, place);
    const bool ok = crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
                        page, nullptr, page, kContentBytes, tag, ad.data(), ad.size(), nonce, file.key.data())
        == 0;
    std::memset(page + kContentBytes, 0, kReserveBytes);
    if (!ok)
        std::memset(page, 0, kPageSize);
    return ok;
}

bool allZero(const unsigned char *data, int size)
{
    for (int i = 0; i < size; ++i) {
        if (data[i] != 0)
            return false;
    }
    return true;
}

// XChaCha20 keystream at any byte offset of a temporary file.
void streamXor(const VaultFile &file, unsigned char *data, int size, sqlite3_int64 offset)
{
    const sqlite3_uint64 block = static_cast<sqlite3_uint64>(offset) / 64;
    const int skip = static_cast<int>(offset % 64);
    std::vector<unsigned char> buffer(static_cast<std::size_t>(skip + size), 0);
    std::memcpy(buffer.data() + skip, data, static_cast<std::size_t>(size));
    crypto_stream_xchacha20_xor_ic(
        buffer.data(), buffer.data(), buffer.size(), file.streamNonce.data(), block, file.key.data());
    std::memcpy(data, buffer.data() + skip, static_cast<std::size_t>(size));
}

// One encrypted page of the store (page = 1-based number), or of a WAL frame (place = frame
// offset), read whole from the real file and opened.
int readPage(VaultFile &file, sqlite3_int64 fileOffset, sqlite3_int64 place, unsigned char *page, bool tornIsEnd)
{
    sqlite3_file *real = file.real();
    const int rc = real->pMethods->xRead(real, page, kPageSize, fileOffset);
    if (rc == SQLITE_IOERR_SHORT_READ && allZero(page, kPageSize))
        return SQLITE_IOERR_SHORT_READ; // beyond the end: SQLite expects zeros
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    if (openPage(file, place, page))
        return SQLITE_OK;
    if (tornIsEnd)
        return SQLITE_OK; // zeros fail the frame checksum: SQLite ends the log here
    recordFailure(file, place);
    return SQLITE_IOERR_DATA;
}

int readStore(VaultFile &file, unsigned char *out, int amount, sqlite3_int64 offset)
{
    std::array<unsigned char, kPageSize> page{};
    bool shortRead = false;
    while (amount > 0) {
        const sqlite3_int64 pageIndex = offset / kPageSize;
        const int within = static_cast<int>(offset % kPageSize);
        const int take = std::min(amount, kPageSize - within);
        const int rc = readPage(file, pageIndex * kPageSize, pageIndex + 1, page.data(), false);
        if (rc == SQLITE_IOERR_SHORT_READ)
            shortRead = true;
        else if (rc != SQLITE_OK)
            return rc;
        std::memcpy(out, page.data() + within, static_cast<std::size_t>(take));
        out += take;
        offset += take;
        amount -= take;
    }
    return shortRead ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

int readWal(VaultFile &file, unsigned char *out, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = file.real();
    // A read of a whole frame is SQLite recovering the log (or re-checksumming): a frame that does
    // not open is the torn end of the log. A read of a page image alone is a page SQLite trusts.
    const bool wholeFrame = amount == kFrameSize && offset >= kWalHeader && (offset - kWalHeader) % kFrameSize == 0;
    std::array<unsigned char, kPageSize> page{};
    bool shortRead = false;
    while (amount > 0) {
        int take = 0;
        if (offset < kWalHeader) {
            take = static_cast<int>(std::min<sqlite3_int64>(amount, kWalHeader - offset));
            const int rc = real->pMethods->xRead(real, out, take, offset);
            if (rc == SQLITE_IOERR_SHORT_READ)
                shortRead = true;
            else if (rc != SQLITE_OK)
                return rc;
        } else {
            const sqlite3_int64 frame = (offset - kWalHeader) / kFrameSize;
            const sqlite3_int64 frameStart = kWalHeader + frame * kFrameSize;
            const sqlite3_int64 within = offset - frameStart;
            if (within < kFrameHeader) {
                take = static_cast<int>(std::min<sqlite3_int64>(amount, kFrameHeader - within));
                const int rc = real->pMethods->xRead(real, out, take, offset);
                if (rc == SQLITE_IOERR_SHORT_READ)
                    shortRead = true;
                else if (rc != SQLITE_OK)
                    return rc;
            } else {
                const int inPage = static_cast<int>(within - kFrameHeader);
                take = std::min(amount, kPageSize - inPage);
                const int rc = readPage(file, frameStart + kFrameHeader, frameStart, page.data(), wholeFrame);
                if (rc == SQLITE_IOERR_SHORT_READ)
                    shortRead = true;
                else if (rc != SQLITE_OK)
                    return rc;
                std::memcpy(out, page.data() + inPage, static_cast<std::size_t>(take));
            }
        }
        out += take;
        offset += take;
        amount -= take;
    }
    return shortRead ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

int vaultClose(sqlite3_file *file)
{
    VaultFile *vault = asVault(file);
    sqlite3_file *real = vault->real();
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    sodium_memzero(vault->key.data(), vault->key.size());
    vault->name.~basic_string();
    return rc;
}

int vaultRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    VaultFile *vault = asVault(file);
    sqlite3_file *real = vault->real();
    auto *out = static_cast<unsigned char *>(buffer);
    switch (vault->kind) {
    case Kind::Store:
        return readStore(*vault, out, amount, offset);
    case Kind::Wal:
        return readWal(*vault, out, amount, offset);
    case Kind::Temporary: {
        const int rc = real->pMethods->xRead(real, buffer, amount, offset);
        if (rc == SQLITE_OK || rc == SQLITE_IOERR_SHORT_READ) {
            // What lies past the end stays zero, as SQLite expects of a short read.
            sqlite3_int64 size = offset + amount;
            if (rc == SQLITE_IOERR_SHORT_READ)
                real->pMethods->xFileSize(real, &size);
            const sqlite3_int64 valid = std::max<sqlite3_int64>(0, std::min<sqlite3_int64>(amount, size - offset));
            streamXor(*vault, out, static_cast<int>(valid), offset);
        }
        return rc;
    }
    case Kind::Plain:
        break;
    }
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int vaultWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    VaultFile *vault = asVault(file);
    sqlite3_file *real = vault->real();
    const auto *in = static_cast<const unsigned char *>(buffer);
    switch (vault->kind) {
    case Kind::Store: {
        // SQLite writes the store in whole pages; anything else would be a page we cannot seal.
        if (amount != kPageSize || offset % kPageSize != 0)
            return SQLITE_IOERR_WRITE;
        std::array<unsigned char, kPageSize> sealed{};
        sealPage(*vault, offset / kPageSize + 1, in, sealed.data());
        return real->pMethods->xWrite(real, sealed.data(), kPageSize, offset);
    }
    case Kind::Wal: {
        if (offset < kWalHeader) {
            // The WAL header: it names the page size, which must be the one the pages are sealed at.
            if (offset == 0 && amount >= 12) {
                const unsigned size
                    = (unsigned(in[8]) << 24) | (unsigned(in[9]) << 16) | (unsigned(in[10]) << 8) | in[11];
                if (size != kPageSize)
                    return SQLITE_IOERR_WRITE;
            }
            return real->pMethods->xWrite(real, buffer, amount, offset);
        }
        const sqlite3_int64 within = (offset - kWalHeader) % kFrameSize;
        if (within < kFrameHeader && within + amount <= kFrameHeader)
            return real->pMethods->xWrite(real, buffer, amount, offset); // a frame header
        if (within != kFrameHeader || amount != kPageSize)
            return SQLITE_IOERR_WRITE;
        const sqlite3_int64 frameStart = offset - kFrameHeader;
        std::array<unsigned char, kPageSize> sealed{};
        sealPage(*vault, frameStart, in, sealed.data());
        return real->pMethods->xWrite(real, sealed.data(), kPageSize, offset);
    }
    case Kind::Temporary: {
        std::vector<unsigned char> copy(in, in + amount);
        streamXor(*vault, copy.data(), amount, offset);
        return real->pMethods->xWrite(real, copy.data(), amount, offset);
    }
    case Kind::Plain:
        break;
    }
    return real->pMethods->xWrite(real, buffer, amount, offset);
}

int vaultTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return asVault(f)->real()->pMethods->xTruncate(asVault(f)->real(), size);
}
int vaultSync(sqlite3_file *f, int flags)
{
    return asVault(f)->real()->pMethods->xSync(asVault(f)->real(), flags);
}
int vaultFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return asVault(f)->real()->pMethods->xFileSize(asVault(f)->real(), size);
}
int vaultLock(sqlite3_file *f, int level)
{
    return asVault(f)->real()->pMethods->xLock(asVault(f)->real(), level);
}
int vaultUnlock(sqlite3_file *f, int level)
{
    return asVault(f)->real()->pMethods->xUnlock(asVault(f)->real(), level);
}
int vaultCheckReservedLock(sqlite3_file *f, int *out)
{
    return asVault(f)->real()->pMethods->xCheckReservedLock(asVault(f)->real(), out);
}
int vaultFileControl(sqlite3_file *f, int op, void *arg)
{
    VaultFile *vault = asVault(f);
    if (op == SQLITE_FCNTL_MMAP_SIZE && vault->kind != Kind::Plain) {
        // Memory-mapped pages would bypass decryption: mapping stays off.
        if (arg)
            *static_cast<sqlite3_int64 *>(arg) = 0;
        return SQLITE_OK;
    }
    const int rc = vault->real()->pMethods->xFileControl(vault->real(), op, arg);
    if (op == SQLITE_FCNTL_VFSNAME && rc == SQLITE_OK && arg) {
        char **name = static_cast<char **>(arg);
        char *joined = sqlite3_mprintf("%s/%z", kName, *name);
        *name = joined;
    }
    return rc;
}
int vaultSectorSize(sqlite3_file *f)
{
    return asVault(f)->real()->pMethods->xSectorSize(asVault(f)->real());
}
int vaultDeviceCharacteristics(sqlite3_file *f)
{
    // Atomic batch writes would let SQLite skip the WAL; sealed pages go through the usual path.
    return asVault(f)->real()->pMethods->xDeviceCharacteristics(asVault(f)->real()) & ~SQLITE_IOCAP_BATCH_ATOMIC;
}
int vaultShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return asVault(f)->real()->pMethods->xShmMap(asVault(f)->real(), page, size, extend, out);
}
int vaultShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return asVault(f)->real()->pMethods->xShmLock(asVault(f)->real(), offset, n, flags);
}
void vaultShmBarrier(sqlite3_file *f)
{
    asVault(f)->real()->pMethods->xShmBarrier(asVault(f)->real());
}
int vaultShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return asVault(f)->real()->pMethods->xShmUnmap(asVault(f)->real(), deleteFlag);
}
int vaultFetch(sqlite3_file *, sqlite3_int64, int, void **out)
{
    *out = nullptr; // never hand out mapped (encrypted) bytes
    return SQLITE_OK;
}
int vaultUnfetch(sqlite3_file *, sqlite3_int64, void *)
{
    return SQLITE_OK;
}

const sqlite3_io_methods g_methods = {
    3,
    vaultClose,
    vaultRead,
    vaultWrite,
    vaultTruncate,
    vaultSync,
    vaultFileSize,
    vaultLock,
    vaultUnlock,
    vaultCheckReservedLock,
    vaultFileControl,
    vaultSectorSize,
    vaultDeviceCharacteristics,
    vaultShmMap,
    vaultShmLock,
    vaultShmBarrier,
    vaultShmUnmap,
    vaultFetch,
    vaultUnfetch,
};

int vaultOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *vault = new (file) VaultFile();
    vault->base.pMethods = nullptr;
    vault->name = name ? name : "(temporary file)";

    if (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_SUPER_JOURNAL)) {
        const char *handleText = name ? sqlite3_uri_parameter(name, "vault") : nullptr;
        const auto key = handleText ? Keyring::keyByHandle(std::atoi(handleText)) : std::nullopt;
        if (!key) {
            t_lastFailure = "the data folder of " + vault->name + " is locked";
            vault->name.~basic_string();
            return SQLITE_AUTH;
        }
        if (flags & (SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_SUPER_JOURNAL)) {
            // The store is always in WAL mode: a rollback journal must outlive a crash to be
            // useful, so its key could not be a throwaway one. Only a scratch file (the copy that
            // VACUUM INTO writes during a conversion, discarded after a crash) may have one, sealed
            // like a temporary file.
            if (!sqlite3_uri_boolean(name, "scratch", 0)) {
                t_lastFailure = "a rollback journal was requested for " + vault->name;
                vault->name.~basic_string();
                return SQLITE_CANTOPEN;
            }
            vault->kind = Kind::Temporary;
            randombytes_buf(vault->key.data(), vault->key.size());
            randombytes_buf(vault->streamNonce.data(), vault->streamNonce.size());
        } else {
            vault->kind = (flags & SQLITE_OPEN_WAL) ? Kind::Wal : Kind::Store;
            vault->key = key->subkey(DataKey::Purpose::Pages);
        }
    } else {
        vault->kind = Kind::Temporary;
        randombytes_buf(vault->key.data(), vault->key.size());
        randombytes_buf(vault->streamNonce.data(), vault->streamNonce.size());
    }

    const int rc = g_root->xOpen(g_root, name, vault->real(), flags, outFlags);
    if (rc != SQLITE_OK) {
        sodium_memzero(vault->key.data(), vault->key.size());
        vault->name.~basic_string();
        return rc;
    }
    vault->base.pMethods = &g_methods;
    return SQLITE_OK;
}

int vaultDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_root->xDelete(g_root, name, syncDir);
}
int vaultAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_root->xAccess(g_root, name, flags, out);
}
int vaultFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_root->xFullPathname(g_root, name, size, out);
}
void *vaultDlOpen(sqlite3_vfs *, const char *name)
{
    return g_root->xDlOpen(g_root, name);
}
void vaultDlError(sqlite3_vfs *, int size, char *out)
{
    g_root->xDlError(g_root, size, out);
}
void (*vaultDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_root->xDlSym(g_root, handle, symbol);
}
void vaultDlClose(sqlite3_vfs *, void *handle)
{
    g_root->xDlClose(g_root, handle);
}
int vaultRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_root->xRandomness(g_root, size, out);
}
int vaultSleep(sqlite3_vfs *, int micro)
{
    return g_root->xSleep(g_root, micro);
}
int vaultCurrentTime(sqlite3_vfs *, double *out)
{
    return g_root->xCurrentTime(g_root, out);
}
int vaultGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_root->xGetLastError(g_root, size, out);
}
int vaultCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_root->xCurrentTimeInt64(g_root, out);
}

sqlite3_vfs g_vfs = {};

} // namespace

bool ensureRegistered()
{
    static std::once_flag once;
    static bool registered = false;
    std::call_once(once, [] {
        if (!sodiumReady() || sqlite3_initialize() != SQLITE_OK)
            return;
        g_root = sqlite3_vfs_find(nullptr);
        if (!g_root || g_root->iVersion < 2)
            return;
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = static_cast<int>(sizeof(VaultFile)) + g_root->szOsFile;
        g_vfs.mxPathname = g_root->mxPathname;
        g_vfs.zName = kName;
        g_vfs.xOpen = vaultOpen;
        g_vfs.xDelete = vaultDelete;
        g_vfs.xAccess = vaultAccess;
        g_vfs.xFullPathname = vaultFullPathname;
        g_vfs.xDlOpen = vaultDlOpen;
        g_vfs.xDlError = vaultDlError;
        g_vfs.xDlSym = vaultDlSym;
        g_vfs.xDlClose = vaultDlClose;
        g_vfs.xRandomness = vaultRandomness;
        g_vfs.xSleep = vaultSleep;
        g_vfs.xCurrentTime = vaultCurrentTime;
        g_vfs.xGetLastError = vaultGetLastError;
        g_vfs.xCurrentTimeInt64 = vaultCurrentTimeInt64;
        registered = sqlite3_vfs_register(&g_vfs, 0) == SQLITE_OK;
    });
    return registered;
}

QString lastFailure()
{
    return QString::fromStdString(t_lastFailure);
}

void clearLastFailure()
{
    t_lastFailure.clear();
}

} // namespace motcua::vault::VaultVfs
