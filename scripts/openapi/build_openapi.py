#!/usr/bin/env python3
"""Writes resources/api/openapi.json, the OpenAPI 3.1 document of mikro-server's HTTP API, from
the action table in actions.py (standard library only).

    python3 scripts/openapi/build_openapi.py          # write the document
    python3 scripts/openapi/build_openapi.py --check  # exit 1 if the file is not what would be
                                                       # written, a $ref does not resolve, or a
                                                       # schema uses a keyword the server's
                                                       # tests cannot validate
"""

import argparse
import difflib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUTPUT = ROOT / "resources" / "api" / "openapi.json"
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the table

import actions  # noqa: E402  (the table, beside this script)

SCHEMAS = "#/components/schemas/"
# The JSON Schema subset tests/support/OpenApiCheck validates, and the words that only describe.
VALIDATING = {"type", "properties", "required", "items", "$ref", "allOf", "enum", "const"}
DESCRIBING = {"description", "format", "title", "example", "default"}
TYPES = {"object", "array", "string", "integer", "number", "boolean", "null"}

SCALARS = {"int": "integer", "num": "number", "str": "string", "bool": "boolean",
           "object": "object"}


def split(spec):
    """(notation, description or None) of a field's spec."""
    if isinstance(spec, tuple):
        return spec[0], spec[1]
    return spec, None


def described(schema, description):
    if description:
        schema = dict(schema)
        schema["description"] = description
    return schema


def is_name(text):
    return bool(re.fullmatch(r"[A-Z][A-Za-z0-9]*", text))


class Expander:
    """Turns the notation of actions.py into JSON Schema objects."""

    def __init__(self):
        self.nullable_refs = set()  # shapes used as "Name|null": a NameOrNull component

    # ---- answers --------------------------------------------------------------------------
    def out(self, spec):
        notation, description = split(spec)
        if isinstance(notation, dict):
            return described(self.out_object(notation), description)
        if isinstance(notation, list):
            return described({"type": "array", "items": self.out(notation[0])}, description)
        nullable = notation.endswith("|null")
        base = notation[:-len("|null")] if nullable else notation
        if base == "money":
            raise ValueError("money is two keys: use it as a field, not inside " + notation)
        if base == "[]":
            schema = {"type": "array"}
        elif base.startswith("["):
            schema = {"type": "array", "items": self.out(base[1:-1])}
        elif base in SCALARS:
            schema = {"type": [SCALARS[base], "null"] if nullable else SCALARS[base]}
        elif base == "any":
            schema = {}
        elif base in ("time", "date"):
            schema = {"type": ["string", "null"], "format": "date-time" if base == "time" else "date"}
        elif base.startswith("enum:"):
            values = base[len("enum:"):].split(",")
            schema = {"type": ["string", "null"] if nullable else "string",
                      "enum": values + ([None] if nullable else [])}
        elif base.startswith("const:"):
            schema = {"type": "string", "const": base[len("const:"):]}
        elif is_name(base):
            if nullable:
                self.nullable_refs.add(base)
                schema = {"$ref": SCHEMAS + base + "OrNull"}
            else:
                schema = {"$ref": SCHEMAS + base}
        else:
            raise ValueError("unknown answer type " + repr(notation))
        return described(schema, description)

    def out_fields(self, fields):
        """(properties, required) of an answer object's fields."""
        properties, required = {}, []
        for key, spec in fields.items():
            if key.startswith("_"):
                continue
            optional = key.endswith("?")
            name = key.rstrip("?")
            notation, description = split(spec)
            if notation == "money":
                properties[name] = {
                    "type": "number",
                    "description": "Money with two decimals" + (": " + description if description
                                                                 else "") + ".",
                }
                properties[name + "_cents"] = {"type": "integer",
                                               "description": name + " in integer cents."}
                names = [name, name + "_cents"]
            else:
                properties[name] = self.out(spec)
                names = [name]
            if not optional:
                required += names
        return properties, required

    def out_object(self, fields, nullable=False):
        properties, required = self.out_fields(fields)
        schema = {"type": ["object", "null"] if nullable else "object", "properties": properties}
        if required:
            schema["required"] = required
        return schema

    def shape(self, name, description, fields):
        if "_extends" in fields:
            return {"description": description,
                    "allOf": [{"$ref": SCHEMAS + fields["_extends"]}, self.out_object(fields)]}
        return dict({"description": description}, **self.out_object(fields))

    def flat_fields(self, name):
        """A shape's fields with those of the shapes it extends, in order."""
        fields = actions.SHAPES[name][1]
        base = self.flat_fields(fields["_extends"]) if "_extends" in fields else {}
        return dict(base, **{k: v for k, v in fields.items() if not k.startswith("_")})

    # ---- requests -------------------------------------------------------------------------
    def inp(self, spec):
        notation, description = split(spec)
        if isinstance(notation, dict):
            return described(self.in_object(notation), description)
        lenient = {"int": {"type": ["integer", "string"]},
                   "bool": {"type": ["boolean", "integer", "string"]},
                   "money": {"type": ["number", "string"]},
                   "str": {"type": "string"},
                   "email": {"type": "string", "format": "email"},
                   "url": {"type": "string", "format": "uri"},
                   "date": {"type": "string", "format": "date"},
                   "time": {"type": "string", "format": "date-time"},
                   "any": {}}
        if notation in lenient:
            schema = dict(lenient[notation])
        elif notation.startswith("enum:"):
            schema = {"type": "string", "enum": notation[len("enum:"):].split(",")}
        elif notation.startswith("["):
            schema = {"type": "array", "items": self.inp(notation[1:-1])}
        elif is_name(notation):
            if notation not in actions.REQUEST_SHAPES:
                raise ValueError("unknown request shape " + notation)
            schema = {"$ref": SCHEMAS + notation}
        else:
            raise ValueError("unknown request type " + repr(notation))
        return described(schema, description)

    def in_object(self, fields):
        properties, required = {}, []
        for key, spec in fields.items():
            name = key.rstrip("*")
            properties[name] = self.inp(spec)
            if key.endswith("*"):
                required.append(name)
        schema = {"type": "object", "properties": properties}
        if required:
            schema["required"] = required
        return schema


QUERY_HINTS = {"int": "an integer", "bool": "true or false (also 1 or 0)",
               "money": "an amount such as 12.50", "date": "YYYY-MM-DD",
               "time": "an ISO 8601 time", "email": "an email address", "url": "a URL"}


def query_parameter(key, spec):
    notation, description = split(spec)
    if not isinstance(notation, str) or notation.startswith("[") or is_name(notation):
        raise ValueError("a GET field must be a scalar: " + key)
    parts = []
    if notation.startswith("enum:"):
        parts.append("one of " + ", ".join(notation[len("enum:"):].split(",")))
    elif notation in QUERY_HINTS:
        parts.append(QUERY_HINTS[notation])
    if description:
        parts.append(description)
    parameter = {"name": key.rstrip("*"), "in": "query", "required": key.endswith("*"),
                 "schema": {"type": "string"}}
    if parts:
        text = "; ".join(parts)
        parameter["description"] = text[0].upper() + text[1:] + "."
    return parameter


def project_version():
    text = (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    found = re.search(r"project\(\s*Mikro\s+VERSION\s+([0-9.]+)", text)
    return found.group(1) if found else "0.0.0"


DESCRIPTION = """\
The HTTP API of `mikro-server` (the contract: API.md; additions: docs/DECISIONS.md).

- Every path is also served without the `/api` prefix (`/login`, `/user/fetch_users`).
- Actions whose name starts with `fetch_` also accept GET, with their fields as query \
parameters (`?project_id=12`); every other action is POST only.
- Request bodies are JSON objects in UTF-8 (an empty body counts as `{}`); unknown fields are \
ignored; a body is at most 1 MiB (413 `body_too_large`). Input types are lenient: an integer \
field also takes a string of digits, a boolean also `1`/`0` and `"true"`/`"false"`, an amount a \
number or a decimal string.
- Money is a JSON number with exactly two decimals, with an integer `<name>_cents` companion \
(`payable_total` and `payable_total_cents`).
- Times are ISO 8601 UTC with a `Z` (`2026-01-20T17:23:57Z`), or null when unknown; dates \
without a time are `YYYY-MM-DD`.
- A success is HTTP 200 with `status: 200`, a `message` and the action's fields. An error has a \
real HTTP status and the body `{status, message, error, field, details}`.
- Mutating actions accept an `Idempotency-Key` header (a UUID): a replay answers the first \
result with `Idempotent-Replayed: true`.
- "Who" in each operation: `user+`, `validator+`, `admin` (the minimum role); `org` (ids of \
another organisation answer 404); `self` (the caller's own records); ◦ allowed before \
onboarding and without an organisation."""

GROUPS = [
    ("health", "Liveness and readiness; no token."),
    ("openapi", "This document; no token."),
    ("login", "Sign-in: creates or refreshes the caller's row."),
    ("user", "People, profiles, the organisation's settings and audit log (API.md §5, §11.5)."),
    ("osm", "OpenStreetMap account linking (API.md §11.5)."),
    ("project", "Projects, memberships and dashboards (API.md §6, §11.5)."),
    ("transaction", "Balances, payout requests, payments and adjustments (API.md §7, §11.1)."),
    ("task", "TM4 syncs and the review queue (API.md §8, §11.4)."),
    ("training", "Trainings and quizzes (API.md §9, §11.2)."),
    ("checklist", "Checklist templates and people's checklists (API.md §10, §11.3)."),
]

ERROR = {"$ref": "#/components/responses/Error"}


def json_response(description, schema):
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def paths_of(group, name):
    """The paths an action is served under, as ActionRoute.cpp's pathsOf lists them."""
    own = group + "/" + name
    paths = [own] + actions.ALIASES.get(own, [])
    for path in list(paths):
        first, rest = path.split("/", 1)
        if first in actions.PLURAL_GROUPS:
            paths.append(first + "s/" + rest)
    return paths


def operation_id(method, path):
    return method + "_" + re.sub(r"[^A-Za-z0-9]+", "_", path.strip("/"))


def action_operations(x, a):
    """{path: {method: operation}} for one action and its aliases."""
    own = a["group"] + "/" + a["name"]
    fetch = a["name"].startswith("fetch_")
    idempotent = not fetch and a["name"] != "calculate_budget"

    envelope = [{"$ref": SCHEMAS + "Success"}]
    envelope += [{"$ref": SCHEMAS + s} for s in a["shape"] or []]
    if a["res"]:
        envelope.append(x.out_object(a["res"]))
    answer = envelope[0] if len(envelope) == 1 else {"allOf": envelope}
    if a["always"]:
        status, code = a["always"]
        ok = json_response("Never sent: the action always answers %s `%s`." % (status, code),
                           answer)
    else:
        ok = json_response("Success.", answer)
    if a["csv"]:
        ok["content"]["text/csv"] = {"schema": {"type": "string"}}
        ok["description"] = ("Success: the batch as JSON, or the CSV file itself with "
                             "`Content-Disposition: attachment` (format csv or Accept: text/csv).")
    responses = {"200": ok}
    if a["always"]:
        responses[a["always"][0]] = ERROR
    responses["default"] = ERROR

    body_schema = x.in_object(a["req"])
    request_body = {
        "required": any(k.endswith("*") for k in a["req"]),
        "content": {"application/json": {"schema": body_schema}},
    }

    out = {}
    for path in paths_of(a["group"], a["name"]):
        lines = []
        if path != own:
            lines.append("Alias of /api/%s." % own)
        lines.append("Who: %s." % a["who"])
        if a["note"]:
            lines.append(a["note"])
        item = {}
        methods = ["post", "get"] if fetch else ["post"]
        for method in methods:
            op = {"tags": [a["group"]], "summary": a["summary"],
                  "description": "\n\n".join(lines), "operationId": operation_id(method, path)}
            if method == "post":
                if idempotent:
                    op["parameters"] = [{"$ref": "#/components/parameters/IdempotencyKey"}]
                op["requestBody"] = request_body
            elif a["req"]:
                op["parameters"] = [query_parameter(k, v) for k, v in a["req"].items()]
            op["responses"] = responses
            item[method] = op
        out["/api/" + path] = item
    return out


def fixed_paths():
    """The routes outside the action table: health, this document, login."""
    health = {"$ref": SCHEMAS + "HealthOk"}
    return {
        "/health": {"get": {
            "tags": ["health"], "summary": "Liveness",
            "description": "The process answers; the store is not touched. HEAD is served too.",
            "operationId": "get_health", "security": [],
            "responses": {"200": json_response("Alive.", health), "default": ERROR}}},
        "/api/health": {"get": {
            "tags": ["health"], "summary": "Readiness",
            "description": "Also runs `SELECT 1` with a 2 s limit. HEAD is served too.",
            "operationId": "get_api_health", "security": [],
            "responses": {"200": json_response("Alive, and the database answers.", health),
                          "503": json_response("The database does not answer.",
                                               {"$ref": SCHEMAS + "HealthDown"}),
                          "default": ERROR}}},
        "/api/openapi.json": {"get": {
            "tags": ["openapi"], "summary": "This document",
            "operationId": "get_api_openapi_json", "security": [],
            "responses": {"200": json_response("The OpenAPI document.", {
                "type": "object",
                "properties": {"openapi": {"type": "string"}, "info": {"type": "object"},
                               "paths": {"type": "object"}},
                "required": ["openapi", "info", "paths"]}),
                "default": ERROR}}},
        "/api/login": {"post": {
            "tags": ["login"], "summary": "Sign in",
            "description": "Who: ◦ any valid token. The first sign-in creates the caller's row; "
                           "later ones set last_login_at. The body is ignored.",
            "operationId": "post_login",
            "requestBody": {"required": False,
                            "content": {"application/json": {"schema": {"type": "object"}}}},
            "responses": {"200": json_response("Signed in.", {"allOf": [
                {"$ref": SCHEMAS + "Success"}, {"$ref": SCHEMAS + "Login"}]}),
                "default": ERROR}}},
    }


def fixed_schemas():
    return {
        "Success": {"description": "The success envelope (API.md §1.7).", "type": "object",
                    "properties": {"status": {"type": "integer", "const": 200},
                                   "message": {"type": "string"}},
                    "required": ["status", "message"]},
        "Error": {"description": "An error (API.md §1.7): `status` repeats the HTTP status.",
                  "type": "object",
                  "properties": {"status": {"type": "integer"}, "message": {"type": "string"},
                                 "error": {"type": "string", "description": "the code, such "
                                           "as missing_field or cap_reached"},
                                 "field": {"type": ["string", "null"],
                                           "description": "the request field at fault"},
                                 "details": {"description": "more about the error; any JSON"}},
                  "required": ["status", "message", "error"]},
        "HealthOk": {"description": "A healthy answer: the only body where `status` is a string.",
                     "type": "object", "properties": {"status": {"type": "string",
                                                                 "const": "healthy"}},
                     "required": ["status"]},
        "HealthDown": {"description": "The database does not answer.", "type": "object",
                       "properties": {"status": {"type": "string", "const": "unhealthy"},
                                      "database": {"type": "string", "const": "unreachable"}},
                       "required": ["status", "database"]},
    }


def build():
    x = Expander()
    paths = fixed_paths()
    for a in actions.ACTIONS:
        for path, item in action_operations(x, a).items():
            if path in paths:
                raise ValueError("two actions under " + path)
            paths[path] = item

    schemas = fixed_schemas()
    for name, (description, fields) in actions.SHAPES.items():
        schemas[name] = x.shape(name, description, fields)
    for name, (description, fields) in actions.REQUEST_SHAPES.items():
        schemas[name] = dict({"description": description}, **x.in_object(fields))
    for name in sorted(x.nullable_refs):
        schemas[name + "OrNull"] = dict({"description": "A %s, or null." % name},
                                        **x.out_object(x.flat_fields(name), nullable=True))

    return {
        "openapi": "3.1.0",
        "info": {"title": "Mikro API", "version": project_version(),
                 "description": DESCRIPTION},
        "tags": [{"name": n, "description": d} for n, d in GROUPS],
        "security": [{"bearer": []}],
        "paths": {p: paths[p] for p in sorted(paths)},
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                           "bearerFormat": "JWT",
                                           "description": "An Auth0 access token (RS256)."}},
            "parameters": {"IdempotencyKey": {
                "name": "Idempotency-Key", "in": "header", "required": False,
                "description": "A UUID: the same caller, action and body with the same key get "
                               "the first result again (API.md §1.8).",
                "schema": {"type": "string", "format": "uuid"}}},
            "responses": {"Error": json_response("An error (API.md §1.7).",
                                                 {"$ref": SCHEMAS + "Error"})},
            "schemas": {n: schemas[n] for n in sorted(schemas)},
        },
    }


def render(document):
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


# ---- --check -------------------------------------------------------------------------------

def resolve(document, ref):
    if not ref.startswith("#/"):
        return None
    node = document
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def unresolved_refs(document):
    problems = []

    def walk(node, at):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and resolve(document, ref) is None:
                problems.append("%s: $ref %s does not resolve" % (at, ref))
            for key, value in node.items():
                walk(value, at + "/" + key)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, "%s/%d" % (at, i))

    walk(document, "#")
    return problems


def schema_problems(schema, at):
    if not isinstance(schema, dict):
        return ["%s: a schema must be an object" % at]
    problems = []
    for key in schema:
        if key not in VALIDATING and key not in DESCRIBING:
            problems.append("%s: keyword %s is outside the allowed subset" % (at, key))
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not types or any(t not in TYPES for t in types):
            problems.append("%s: type %r" % (at, schema["type"]))
    if "$ref" in schema and not str(schema["$ref"]).startswith(SCHEMAS):
        problems.append("%s: $ref %s is not a component schema" % (at, schema["$ref"]))
    if "required" in schema and not (isinstance(schema["required"], list) and all(
            isinstance(r, str) for r in schema["required"])):
        problems.append("%s: required must list names" % at)
    if "enum" in schema and not isinstance(schema["enum"], list):
        problems.append("%s: enum must be a list" % at)
    for name, sub in (schema.get("properties") or {}).items():
        problems += schema_problems(sub, "%s/properties/%s" % (at, name))
    if "items" in schema:
        problems += schema_problems(schema["items"], at + "/items")
    for i, sub in enumerate(schema.get("allOf") or []):
        problems += schema_problems(sub, "%s/allOf/%d" % (at, i))
    return problems


def schemas_of(document):
    """(where, schema) of every schema of the document."""
    components = document.get("components", {})
    for name, schema in components.get("schemas", {}).items():
        yield "#/components/schemas/" + name, schema
    for name, parameter in components.get("parameters", {}).items():
        if "schema" in parameter:
            yield "#/components/parameters/%s/schema" % name, parameter["schema"]

    def media(holder, at):
        for kind, content in (holder.get("content") or {}).items():
            if "schema" in content:
                yield "%s/content/%s/schema" % (at, kind), content["schema"]

    for name, response in components.get("responses", {}).items():
        yield from media(response, "#/components/responses/" + name)
    for path, item in document.get("paths", {}).items():
        for method, op in item.items():
            at = "#/paths/%s/%s" % (path.replace("/", "~1"), method)
            for i, parameter in enumerate(op.get("parameters") or []):
                if "schema" in parameter:
                    yield "%s/parameters/%d/schema" % (at, i), parameter["schema"]
            if "requestBody" in op:
                yield from media(op["requestBody"], at + "/requestBody")
            for status, response in (op.get("responses") or {}).items():
                yield from media(response, "%s/responses/%s" % (at, status))


def document_problems(document):
    problems = unresolved_refs(document)
    for at, schema in schemas_of(document):
        problems += schema_problems(schema, at)
    seen = {}
    for path, item in document.get("paths", {}).items():
        for method, op in item.items():
            op_id = op.get("operationId")
            if op_id in seen:
                problems.append("operationId %s twice (%s, %s %s)" % (op_id, seen[op_id],
                                                                      method, path))
            seen[op_id] = "%s %s" % (method, path)
    return problems


def count(document):
    operations = sum(len([m for m in item if m in ("get", "post")])
                     for item in document["paths"].values())
    return len(document["paths"]), operations


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="compare with the file instead of writing it")
    args = parser.parse_args()

    document = build()
    text = render(document)
    problems = document_problems(document)

    if not args.check:
        if problems:
            print("\n".join(problems), file=sys.stderr)
            return 1
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        OUTPUT.write_text(text, encoding="utf-8")
        paths, operations = count(document)
        print("wrote %s: %d paths, %d operations" % (OUTPUT.relative_to(ROOT), paths, operations))
        return 0

    committed = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
    if committed != text:
        diff = list(difflib.unified_diff(committed.splitlines(), text.splitlines(),
                                         str(OUTPUT.relative_to(ROOT)), "generated", lineterm="",
                                         n=2))
        problems.append("%s differs from what build_openapi.py writes (run it):\n%s" % (
            OUTPUT.relative_to(ROOT), "\n".join(diff[:80] + (["…"] if len(diff) > 80 else []))))
    try:
        on_disk = json.loads(committed) if committed else {}
    except json.JSONDecodeError as e:
        problems.append("%s is not JSON: %s" % (OUTPUT.relative_to(ROOT), e))
        on_disk = {}
    if on_disk and committed != text:
        problems += ["(file) " + p for p in document_problems(on_disk)]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    paths, operations = count(document)
    print("%s is up to date: %d paths, %d operations" % (OUTPUT.relative_to(ROOT), paths,
                                                         operations))
    return 0


if __name__ == "__main__":
    sys.exit(main())
