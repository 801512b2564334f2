import { z } from "zod";
import type { RouteDef } from "./route.js";

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["id", "message"],
      properties: {
        id: { type: "string", description: "Stable error id, e.g. validation_error, not_found, illegal_transition" },
        message: { type: "string" },
        fields: { type: "object", additionalProperties: { type: "string" }, description: "Per-field messages for validation_error" },
      },
    },
  },
};

const toSchema = (s: z.ZodType) => z.toJSONSchema(s, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate
 * requests, so the document cannot drift from what the server accepts.
 */
export function openApiDocument(routes: RouteDef[], serverUrl: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    if (r.kind !== "api") continue;
    const path = r.url.replace(/:(\w+)/g, "{$1}");
    const parameters: unknown[] = [];
    for (const [where, schema] of [["path", r.params], ["query", r.query]] as const) {
      if (!schema) continue;
      const json = toSchema(schema) as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, prop] of Object.entries(json.properties ?? {})) {
        parameters.push({ name, in: where, required: where === "path" || (json.required ?? []).includes(name), schema: prop });
      }
    }
    const op: Record<string, unknown> = {
      summary: r.summary,
      tags: r.tags,
      operationId: `${r.method.toLowerCase()}${path.replace(/\{(\w+)\}/g, "By_$1").replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
      parameters,
      security: r.access === "public" ? [] : [{ bearer: [] }, { cookie: [] }],
      responses: {
        [r.method === "POST" ? "200" : "200"]: {
          description: "Success",
          ...(r.response ? { content: { "application/json": { schema: toSchema(r.response) } } } : {}),
        },
        "400": { description: "Validation error", content: { "application/json": { schema: errorSchema } } },
        ...(r.access !== "public" ? { "401": { description: "Not signed in", content: { "application/json": { schema: errorSchema } } } } : {}),
        ...(r.params ? { "404": { description: "Not found, or not visible to you", content: { "application/json": { schema: errorSchema } } } } : {}),
      },
    };
    if (r.body) op.requestBody = { required: true, content: { "application/json": { schema: toSchema(r.body) } } };
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: "3.1.0",
    info: { title: "Handoff API", version: "1", description: "Errors are {error: {id, message, fields?}} with stable ids." },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "API token from `handoff token create`" },
        cookie: { type: "apiKey", in: "cookie", name: "handoff_session", description: "Browser session; state-changing calls also need the x-csrf-token header" },
      },
    },
    paths,
  };
}
