#include "EnrollDialog.h"

#include "app/DeskContext.h"
#include "app/DeskSettings.h"

#include "client/Enroller.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace motcua::desktop {

EnrollDialog::EnrollDialog(DeskContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_server(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("enrollDialog"));
    setWindowTitle(tr("Enroll this computer"));
    m_server->setObjectName(QStringLiteral("enrollServer"));
    m_server->setPlaceholderText(QStringLiteral("https://sync.example.gov.vn"));
    m_server->setText(DeskSettings().serverUrl());
    m_code->setObjectName(QStringLiteral("enrollCode"));
    m_code->setPlaceholderText(tr("The one-time code from the province administrator"));
    m_error->setObjectName(QStringLiteral("enrollError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Enroll"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(m_error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnrollDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

void EnrollDialog::accept()
{
    sync::EnrollOptions options;
    options.serverUrl = m_server->text().trimmed();
    options.code = m_code->text();
    if (options.serverUrl.isEmpty() || options.code.trimmed().isEmpty()) {
        m_error->setText(tr("Both the server and the code are needed."));
        return;
    }
    m_error->setText(tr("Contacting the server…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto enrolled = sync::enrollDevice(m_context.database(), options);
    QApplication::restoreOverrideCursor();
    if (!enrolled) {
        m_error->setText(sync::plainWords(enrolled.error()));
        return;
    }
    DeskSettings().setServerUrl(enrolled->serverUrl);
    QDialog::accept();
}

} // namespace motcua::desktop
