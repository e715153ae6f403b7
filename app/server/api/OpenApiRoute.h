#pragma once

namespace mikro::http {
class Router;
}

namespace mikro::server {

/// `GET /api/openapi.json` (and `/openapi.json`): the OpenAPI 3.1 document of every action
/// (resources/api/openapi.json, compiled in), without a token, so that clients and tools can read
/// the contract of the server they talk to.
void addOpenApiRoute(http::Router &router);

} // namespace mikro::server
