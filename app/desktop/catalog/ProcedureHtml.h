#pragma once

#include "domain/Procedure.h"

#include <QString>

namespace motcua::desktop {

// How a procedure reads on screen: shared by the catalog details and the intake wizard.
namespace ProcedureHtml {

QString processingTime(const Procedure &procedure); // "3 working days", "Same day"
QString details(const Procedure &procedure); // documents, time, fee, legal basis as HTML

} // namespace ProcedureHtml
} // namespace motcua::desktop
