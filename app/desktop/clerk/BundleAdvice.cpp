#include "BundleAdvice.h"

#include <QCoreApplication>

namespace motcua::clerk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::clerk::BundleAdvice", text);
}

} // namespace

QString bundleAdvice(const QString &reasonCode)
{
    const QString code = reasonCode.section(QLatin1Char('.'), 1);
    if (code == QLatin1String("nothing_pending"))
        return tr("Nothing to do: no change of this device waits to be carried.");
    if (code == QLatin1String("not_a_bundle") || code == QLatin1String("malformed"))
        return tr("Choose the .mcb file that MotCua wrote on the other device.");
    if (code == QLatin1String("checksum_mismatch") || code == QLatin1String("truncated")
        || code == QLatin1String("blob_corrupt") || code == QLatin1String("blob_missing"))
        return tr("Copy the bundle again from the device that wrote it, then import the new copy.");
    if (code == QLatin1String("unsupported_version"))
        return tr("Update MotCua on this computer or on the device that wrote the bundle.");
    if (code == QLatin1String("unreadable"))
        return tr("Check that the USB stick is plugged in and that the file is on it.");
    if (code == QLatin1String("write_failed"))
        return tr("Check that the USB stick is plugged in, not full and not write-protected.");
    if (code == QLatin1String("bad_signature") || code == QLatin1String("untrusted_certificate"))
        return tr("Do not use this file: no device of this commune signed it. Tell the data clerk.");
    if (code == QLatin1String("foreign_commune"))
        return tr("This bundle belongs to another commune: hand it to that commune's desk.");
    if (code == QLatin1String("own_bundle"))
        return tr("This computer wrote this bundle: import it on another device.");
    if (code == QLatin1String("no_key"))
        return tr("Enroll this computer with the province server first: it signs bundles with the key it "
                  "receives then.");
    if (code == QLatin1String("op_too_large") || code == QLatin1String("blob_too_large"))
        return tr("One change or scan is larger than a bundle may carry: send that dossier over the network "
                  "when the link is back.");
    return tr("Show this message to the data clerk.");
}

} // namespace motcua::clerk
