#pragma once

#include "FormRenderer.h"

// The HTML of each form; FormRenderer::html dispatches on FormInput::kind.
namespace motcua::print::Forms {

QString receipt01(const FormInput &input); // FormsAtDesk.cpp
QString supplementRequest02(const FormInput &input);
QString refusal03(const FormInput &input);
QString apology04(const FormInput &input); // FormsFollowUp.cpp
QString processControl05(const FormInput &input);
QString register06(const FormInput &input);

} // namespace motcua::print::Forms
