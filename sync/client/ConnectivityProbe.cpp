#include "ConnectivityProbe.h"

#include "HttpClient.h"
#include "protocol/Limits.h"
#include "protocol/Ping.h"

#include <QCoreApplication>

namespace motcua::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::sync::Connectivity", text);
}

} // namespace

ProbeResult probeConnectivity(HttpClient &http, int timeoutMs)
{
    protocol::PingQuery query{protocol::makeNonce()};
    HttpRequest request;
    request.path = protocol::apiPath("ping");
    request.query = query.toQuery();
    request.authenticated = false;
    request.maxResponseBytes = protocol::limits::maxSmallBody;
    request.inactivityTimeoutMs = timeoutMs;
    const HttpResult result = http.send(request);

    ProbeResult probe;
    probe.roundTripMs = result.elapsedMs;
    if (result.ok()) {
        const Result<protocol::PingResponse> ping = protocol::PingResponse::fromJson(result.body);
        if (ping && ping->verify(query.nonce)) {
            probe.connectivity = Connectivity::Online;
            probe.serverTime = QDateTime::fromString(ping->serverTime, Qt::ISODateWithMs);
            return probe;
        }
        // Someone answered 200 for our server's address, but not with our nonce: a Wi-Fi login
        // page, a filtering proxy, or a cache.
        probe.connectivity = Connectivity::CaptivePortal;
        probe.detail = tr("The network answered with a login or notice page instead of the province server. "
                          "Open a web browser to sign in to this network.");
        return probe;
    }
    if (result.status >= 300 && result.status < 400) {
        probe.connectivity = Connectivity::CaptivePortal;
        probe.detail = tr("The network redirects to a login page. Open a web browser to sign in to this network.");
        return probe;
    }
    probe.connectivity = Connectivity::Offline;
    probe.detail = result.kind == HttpResult::Kind::ServerError
        ? tr("The province server answered the ping with an error: %1").arg(result.errorMessage)
        : result.errorMessage;
    return probe;
}

} // namespace motcua::sync
