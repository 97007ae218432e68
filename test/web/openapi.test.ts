import assert from 'node:assert/strict';
import test from 'node:test';
import { Hono } from 'hono';
import { openApiDocument, openApiPath } from '../../src/interfaces/web/presenters/openapi.ts';
import { API_OPERATIONS } from '../../src/interfaces/web/routes/api-operations.ts';
import { registerApiRoutes } from '../../src/interfaces/web/routes/api-routes.ts';
import type { Site } from '../../src/interfaces/web/site.ts';
import { loadSiteConfig } from '../../src/interfaces/web/config.ts';

type Parameter = { name: string; in: string; required?: boolean; schema: Record<string, unknown> };
const document = openApiDocument(loadSiteConfig({ CROSSCHECK_BASE_URL: 'https://crosscheck.example' }));
const operation = (method: string, path: string) => (document.paths as Record<string, Record<string, { parameters?: Parameter[]; requestBody?: unknown }>>)[path]?.[method];

test('every API route the app registers is in the generated document, and nothing else', () => {
  const app = new Hono();
  // Registration reads nothing from the site; requests are not made here.
  registerApiRoutes(app, { store: {} } as unknown as Site);
  const registered = app.routes.filter((route) => route.path !== '/api/openapi.json').map((route) => `${route.method.toLowerCase()} ${openApiPath(route.path)}`).sort();
  const documented = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`)).sort();
  assert.deepEqual(documented, registered);
  assert.deepEqual(registered, ['get /api/reports', 'get /api/reports/{id}', 'get /api/reports/{id}/events', 'post /api/reports']);
});

test('each operation lists the parameters and body fields of the zod schemas its route validates with', () => {
  for (const spec of API_OPERATIONS) {
    const documented = operation(spec.method, openApiPath(spec.path));
    assert.ok(documented, `${spec.method} ${spec.path}`);
    const parameters = documented.parameters ?? [];
    assert.deepEqual(parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name), Object.keys(spec.params?.shape ?? {}));
    assert.deepEqual(parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name), Object.keys(spec.query?.shape ?? {}));
    assert.ok(parameters.filter((parameter) => parameter.in === 'path').every((parameter) => parameter.required), 'path parameters are required');
    for (const name of (spec.path.match(/:(\w+)/g) ?? []).map((part) => part.slice(1))) assert.ok(parameters.some((parameter) => parameter.name === name && parameter.in === 'path'), `{${name}} is documented`);
    if (spec.body) {
      const body = (document.components.schemas as Record<string, { properties: Record<string, unknown>; required?: string[] }>)[spec.body.component];
      assert.deepEqual(Object.keys(body.properties), Object.keys(spec.body.schema.shape));
    }
  }
});

test('the schemas carry the routes\' limits and defaults, so a change to a route changes the document', () => {
  const list = operation('get', '/api/reports')!.parameters!;
  assert.deepEqual(list.find((parameter) => parameter.name === 'limit')!.schema, { default: 20, type: 'integer', minimum: 1, maximum: 100 });
  assert.equal(list.find((parameter) => parameter.name === 'q')!.schema.maxLength, 200);
  const create = (document.components.schemas as Record<string, { required: string[]; properties: Record<string, { maxLength?: number }> }>).CreateReport;
  assert.deepEqual(create.required, ['question']);
  assert.ok((create.properties.question.maxLength ?? 0) > 0);
});
