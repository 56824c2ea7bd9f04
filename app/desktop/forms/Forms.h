#pragma once

#include "domain/Dossier.h"
#include "domain/Result.h"
#include "print/FormRenderer.h"

#include <QDate>
#include <QString>

class QWidget;

namespace motcua::desktop {

class DeskSession;

// The printed forms from the desk: what goes on them (the dossier, its procedure and events, the
// agency from the settings, the officer who signs) and the three ways out — print preview and
// printer, a PDF chosen by the officer, and the receipt PDF the desk keeps of every dossier.
namespace Forms {

print::FormInput input(DeskSession &session, const Dossier &dossier, print::FormKind kind, const QString &reason = {},
    const QDate &newDueDate = {});

// Form 06: the dossiers received from `from` to `to` (Vietnamese dates), oldest first.
Result<print::FormInput> registerInput(DeskSession &session, const QDate &from, const QDate &to);

// QPrintPreviewDialog (its toolbar prints).
void preview(QWidget *parent, const print::FormInput &input);
// QPrintDialog straight to the printer.
void printNow(QWidget *parent, const print::FormInput &input);
// Asks for a file name, writes the PDF; a failure is shown in plain words.
void savePdfAs(QWidget *parent, const print::FormInput &input);

// DATA/receipts/<code>-01.pdf: the desk's own copy of the receipt, written when a dossier is saved.
Result<QString> writeReceipt(DeskSession &session, const Dossier &dossier);

// "Form 02 — request to supplement", … for buttons and menus.
QString label(print::FormKind kind);

} // namespace Forms
} // namespace motcua::desktop
