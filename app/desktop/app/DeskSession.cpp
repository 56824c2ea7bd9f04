#include "DeskSession.h"

#include "DeskContext.h"

#include "store/AuthorizedDossiers.h"
#include "store/DossierRepository.h"

namespace motcua::desktop {

DeskSession::DeskSession(DeskContext &context, Officer officer)
    : m_context(context)
    , m_officer(std::move(officer))
    , m_dossiers(std::make_unique<DossierRepository>(context.database(), context.calendar(), m_officer.actorLabel()))
    , m_authorized(std::make_unique<AuthorizedDossiers>(*m_dossiers, m_officer))
{
}

DeskSession::~DeskSession() = default;

} // namespace motcua::desktop
