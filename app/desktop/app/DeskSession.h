#pragma once

#include "domain/Officer.h"

#include <memory>

namespace motcua {
class AuthorizedDossiers;
class DossierRepository;
} // namespace motcua

namespace motcua::desktop {

class DeskContext;

// The officer logged in, and the dossier services that act in their name: every event records
// Officer::actorLabel(), and every change goes through AuthorizedDossiers, which refuses what the
// officer's roles do not allow.
class DeskSession final
{
public:
    DeskSession(DeskContext &context, Officer officer);
    ~DeskSession();
    DeskSession(const DeskSession &) = delete;
    DeskSession &operator=(const DeskSession &) = delete;

    DeskContext &context() { return m_context; }
    const Officer &officer() const { return m_officer; }
    DossierRepository &dossiers() { return *m_dossiers; } // reads
    AuthorizedDossiers &authorized() { return *m_authorized; } // writes

private:
    DeskContext &m_context;
    Officer m_officer;
    std::unique_ptr<DossierRepository> m_dossiers;
    std::unique_ptr<AuthorizedDossiers> m_authorized;
};

} // namespace motcua::desktop
