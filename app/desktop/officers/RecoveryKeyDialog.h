#pragma once

#include "vault/RecoveryKey.h"

#include <QDialog>

class QCheckBox;
class QLabel;

namespace motcua::desktop {

// Shows the recovery key once, right after the encryption of a desk is turned on: the key as
// eight groups and as a QR code, a button that saves the sheet as a PDF to print, and a box the
// administrator ticks once the sheet is in the safe. The key is not kept anywhere else in clear.
class RecoveryKeyDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RecoveryKeyDialog(vault::RecoveryKey key, QWidget *parent = nullptr);

    // Writes the printable sheet; false with the reason in errorText.
    bool writeSheet(const QString &pdfPath, QString *errorText) const;

private:
    void saveSheet();

    vault::RecoveryKey m_key;
    QCheckBox *m_stored;
    QLabel *m_message;
};

} // namespace motcua::desktop
