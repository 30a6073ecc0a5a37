import fs from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import { API_ENDPOINTS } from '@/lib/api/openapi/api-endpoints';
import { buildOpenApiDocument, errorStatuses } from '@/lib/api/openapi/openapi-document';
import * as listInput from '@/lib/api/schemas/list-packages-input';
import * as packageInput from '@/lib/api/schemas/package-input';

import * as openapi from './openapi.json/route';

const API_ROOT = path.join(__dirname);
const document = buildOpenApiDocument('https://portal.example.test/api/v1');

/** Every route handler file under app/api/v1, as `{method, path, source}`. */
function routeHandlers() {
  const files = fs
    .readdirSync(API_ROOT, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'route.ts');

  return files.flatMap((file) => {
    const source = fs.readFileSync(path.join(API_ROOT, file), 'utf8');
    const routePath = `/${path.dirname(file)}`.replace(/\[(\w+)\]/g, '{$1}').replace(/\\/g, '/');
    const methods = [
      ...source.matchAll(/export (?:const|async function) (GET|POST|PUT|DELETE)\b/g),
    ];

    return methods.map(([, method]) => ({
      method: method!.toLowerCase(),
      path: routePath,
      source,
    }));
  });
}

/** The exported name of a schema object in the modules that hold request schemas. */
function schemaName(schema: z.ZodType): string | undefined {
  const modules: Record<string, unknown>[] = [packageInput, listInput];

  for (const schemas of modules) {
    const entry = Object.entries(schemas).find(([, value]) => value === schema);
    if (entry) return entry[0];
  }

  return undefined;
}

/** Every `$ref` in a value, to check that each points at something. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      key === '$ref' && typeof inner === 'string' ? [inner] : refsIn(inner),
    );
  }

  return [];
}

describe('GET /api/v1/openapi.json', () => {
  const handlers = routeHandlers();

  test('finds the route handlers it checks', () => {
    expect(handlers.length).toBeGreaterThanOrEqual(14);
  });

  test.each(handlers.map((handler) => [handler.method.toUpperCase(), handler.path, handler]))(
    '%s %s is in the document',
    (_method, _path, handler) => {
      expect(document.paths[handler.path]).toHaveProperty(handler.method);
    },
  );

  test('the document names no endpoint that has no handler', () => {
    const served = new Set(handlers.map((handler) => `${handler.method} ${handler.path}`));
    const documented = Object.entries(document.paths).flatMap(([routePath, operations]) =>
      Object.keys(operations).map((method) => `${method} ${routePath}`),
    );

    expect(documented.filter((operation) => !served.has(operation))).toEqual([]);
  });

  test('a request schema in the document is z.toJSONSchema of the schema the handler parses', () => {
    const add = document.paths['/packages/add']!.post as {
      requestBody: { content: { 'application/json': { schema: { $ref: string } } } };
    };
    expect(add.requestBody.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/AddPackageRequest',
    );

    const expected: Record<string, unknown> = z.toJSONSchema(packageInput.ZAddPackageRequest, {
      io: 'input',
    });
    delete expected.$schema;
    expect(document.components.schemas.AddPackageRequest).toEqual(expected);
    expect(document.components.schemas.AddPackageRequest).toMatchObject({
      properties: {
        type: {
          enum: ['concurrent', 'Sequential', 'Counterpart', 'video_closing_room', 'Live Session'],
        },
      },
      required: ['name'],
    });

    // A field added to the handler's schema would change the document made from it.
    const changed = packageInput.ZAddPackageRequest.extend({ colour: z.string() });
    expect(z.toJSONSchema(changed, { io: 'input' })).not.toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      ...expected,
    });
  });

  test.each(API_ENDPOINTS.filter((endpoint) => endpoint.body).map((e) => [e.path, e]))(
    'the handler of %s parses its body with the documented schema',
    (_path, endpoint) => {
      const name = schemaName(endpoint.body!.schema);
      const handler = handlers.find(
        (candidate) => candidate.path === endpoint.path && candidate.method === endpoint.method,
      );

      expect(name).toBeDefined();
      expect(handler?.source).toContain(`parseApiInput(${name},`);
    },
  );

  test('the api_key scheme guards every operation but the document itself', () => {
    expect(document.components.securitySchemes.api_key).toEqual(
      expect.objectContaining({ type: 'apiKey', in: 'header', name: 'api_key' }),
    );
    expect(document.security).toEqual([{ api_key: [] }]);
    expect(document.paths['/openapi.json']!.get).toMatchObject({ security: [] });
  });

  test('each operation documents the error body for every error status', () => {
    expect(document.components.schemas.Error).toMatchObject({
      type: 'object',
      required: ['error', 'message'],
    });
    expect(errorStatuses()).toEqual([400, 403, 404, 409, 413, 500]);

    for (const endpoint of API_ENDPOINTS) {
      const operation = document.paths[endpoint.path]![endpoint.method] as {
        responses: Record<string, unknown>;
      };
      for (const status of errorStatuses()) {
        expect(operation.responses[String(status)]).toEqual({
          $ref: `#/components/responses/${status}`,
        });
      }
    }
  });

  test('every $ref points at a component', () => {
    for (const reference of refsIn(document)) {
      const [, , group, name] = reference.split('/');
      const components = document.components as Record<string, Record<string, unknown>>;
      expect(components[group!]).toHaveProperty(name!);
    }
  });

  test('is served as OpenAPI 3.1 JSON without a key', async () => {
    const response = await openapi.GET();

    expect(response.status).toBe(200);
    const served = await response.json();
    expect(served.openapi).toBe('3.1.0');
    expect(Object.keys(served.paths)).toEqual(Object.keys(document.paths));
  });
});
