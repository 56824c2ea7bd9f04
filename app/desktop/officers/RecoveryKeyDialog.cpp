#include "RecoveryKeyDialog.h"

#include "print/FormRenderer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFont>
#include <QFontDatabase>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::desktop {

RecoveryKeyDialog::RecoveryKeyDialog(vault::RecoveryKey key, QWidget *parent)
    : QDialog(parent)
    , m_key(std::move(key))
    , m_stored(new QCheckBox(tr("I have printed or written down the recovery key and put it in the safe."), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowTitle(tr("MotCua — recovery key"));
    auto *intro = new QLabel(tr("The data of this desk is now encrypted. If every officer forgets his password, "
                                "only this recovery key opens it. It is shown only now: print it, keep it in "
                                "the commune's safe, never with the laptop."),
        this);
    intro->setWordWrap(true);
    auto *text = new QLabel(m_key.text(), this);
    text->setObjectName(QStringLiteral("recoveryKeyText"));
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSize(mono.pointSize() + 6);
    text->setFont(mono);
    auto *qr = new QLabel(this);
    qr->setPixmap(QPixmap::fromImage(print::FormRenderer::qrCode(m_key.text(), 5)));
    m_message->setObjectName(QStringLiteral("recoveryKeyMessage"));
    m_message->setWordWrap(true);
    m_stored->setObjectName(QStringLiteral("recoveryKeyStored"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    auto *save = buttons->addButton(tr("&Save the sheet as PDF…"), QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Done"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_stored, &QCheckBox::toggled, buttons->button(QDialogButtonBox::Ok), &QPushButton::setEnabled);
    connect(save, &QPushButton::clicked, this, &RecoveryKeyDialog::saveSheet);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addWidget(qr, 0, Qt::AlignHCenter);
    layout->addWidget(m_stored);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void RecoveryKeyDialog::saveSheet()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the recovery sheet"), QStringLiteral("motcua-recovery-key.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    m_message->setText(writeSheet(path, &error) ? tr("Saved to %1. Print it, then delete the file.").arg(path)
                                                : tr("The sheet could not be saved: %1").arg(error));
}

bool RecoveryKeyDialog::writeSheet(const QString &pdfPath, QString *errorText) const
{
    QPdfWriter writer(pdfPath);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (errorText)
            *errorText = tr("cannot write %1").arg(pdfPath);
        return false;
    }
    QFont title(QStringLiteral("DejaVu Sans"), 18, QFont::Bold);
    painter.setFont(title);
    painter.drawText(QRect(200, 200, 2080, 200), Qt::AlignLeft, tr("MotCua — recovery key of the desk"));
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 11));
    painter.drawText(QRect(200, 420, 2080, 400), Qt::TextWordWrap,
        tr("Keep this sheet in the commune's safe, never with the laptop. With it an administrator opens the "
           "desk's data when every password is forgotten (docs/encryption.md)."));
    painter.setFont(QFont(QStringLiteral("DejaVu Sans Mono"), 20, QFont::Bold));
    painter.drawText(QRect(200, 900, 2080, 200), Qt::AlignHCenter, m_key.text());
    const QImage qr = print::FormRenderer::qrCode(m_key.text(), 24);
    painter.drawImage(QPoint((2480 - qr.width()) / 2, 1200), qr);
    return painter.end();
}

} // namespace motcua::desktop
