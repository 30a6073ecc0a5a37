import { z } from 'zod';

import { PACKAGE_STATES } from '@/lib/domain/package-states';
import { PACKAGE_TYPES } from '@/lib/domain/package-types';

import { API_ERROR_STATUS } from '../api-error';
import { ZApiErrorBody } from '../schemas/api-error-body';
import { API_ENDPOINTS, type ApiEndpoint } from './api-endpoints';

type JsonSchema = Record<string, unknown>;

/** What an error status means, for the document's shared responses. */
const ERROR_MEANINGS: Record<number, string> = {
  400: 'The request is invalid: a field of the wrong type, an unknown value, a broken rule or malformed JSON.',
  403: 'The api_key header is missing, unknown or revoked.',
  404: 'No such package (or signer, document, upload) in the key’s organization.',
  409: 'The package’s state does not allow this change now.',
  413: 'The body is larger than the API reads (1 MB of JSON, 25 MB of uploads).',
  500: 'Something went wrong on the portal’s side; try again later.',
};

/** A request body's schema as clients send it: defaults may be left out. */
export function requestJsonSchema(schema: z.ZodType): JsonSchema {
  return withoutDialect(z.toJSONSchema(schema, { io: 'input' }));
}

/** An answer's schema as the API sends it. */
export function answerJsonSchema(schema: z.ZodType): JsonSchema {
  return withoutDialect(z.toJSONSchema(schema, { io: 'output' }));
}

/** OpenAPI 3.1 sets the JSON Schema dialect for the whole document, not per schema. */
function withoutDialect(schema: JsonSchema): JsonSchema {
  const copy = { ...schema };
  delete copy.$schema;

  return copy;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function operationOf(endpoint: ApiEndpoint, schemas: Record<string, JsonSchema>) {
  const pathParameters = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const queryParameters = (endpoint.query ?? []).map((query) => ({
    name: query.name,
    in: 'query',
    required: false,
    description: query.description,
    schema: { type: 'string' },
  }));
  const versionHeader = endpoint.versioned
    ? [
        {
          name: 'X-Api-Version',
          in: 'header',
          required: false,
          description: '3.6 reads executed and expired packages as open, as older clients expect.',
          schema: { type: 'string', enum: ['3.6'] },
        },
      ]
    : [];

  let requestBody: unknown;
  if (endpoint.body) {
    schemas[endpoint.body.name] = requestJsonSchema(endpoint.body.schema);
    requestBody = {
      required: true,
      content: { 'application/json': { schema: ref(endpoint.body.name) } },
    };
  } else if (endpoint.multipart) {
    requestBody = {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: {
              file: {
                type: 'array',
                items: { type: 'string', contentMediaType: 'application/pdf' },
              },
            },
          },
        },
      },
    };
  }

  let success: unknown;
  if ('json' in endpoint.answer) {
    schemas[endpoint.answer.name] = answerJsonSchema(endpoint.answer.json);
    success = {
      description: 'OK',
      content: { 'application/json': { schema: ref(endpoint.answer.name) } },
    };
  } else {
    success = {
      description: endpoint.answer.pdf,
      content: {
        'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } },
      },
    };
  }

  const errorResponses = Object.fromEntries(
    errorStatuses().map((status) => [String(status), { $ref: `#/components/responses/${status}` }]),
  );

  return {
    operationId: operationId(endpoint),
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    parameters: [...pathParameters, ...queryParameters, ...versionHeader],
    ...(requestBody ? { requestBody } : {}),
    responses: { '200': success, ...errorResponses },
  };
}

function operationId(endpoint: ApiEndpoint): string {
  const words = endpoint.path
    .replace(/\{\w+\}/g, '')
    .split(/[/-]/)
    .filter(Boolean);

  return [endpoint.method, ...words]
    .map((word, index) => (index ? word[0]!.toUpperCase() + word.slice(1) : word))
    .join('');
}

/** Every status the API refuses with, from the one table of error kinds. */
export function errorStatuses(): number[] {
  return [...new Set(Object.values(API_ERROR_STATUS))].sort((a, b) => a - b);
}

/**
 * The OpenAPI 3.1 document of the package API, made from the zod schemas the handlers parse
 * their input and answers with, so the two cannot drift apart.
 */
export function buildOpenApiDocument(serverUrl: string) {
  const schemas: Record<string, JsonSchema> = { Error: answerJsonSchema(ZApiErrorBody) };
  const paths: Record<string, Record<string, unknown>> = {};

  for (const endpoint of API_ENDPOINTS) {
    paths[endpoint.path] = {
      ...paths[endpoint.path],
      [endpoint.method]: operationOf(endpoint, schemas),
    };
  }

  paths['/openapi.json'] = {
    get: {
      operationId: 'getOpenApiDocument',
      summary: 'This document',
      description: 'The OpenAPI 3.1 document of the package API; it needs no key.',
      security: [],
      responses: {
        '200': {
          description: 'OK',
          content: { 'application/json': { schema: { type: 'object' } } },
        },
      },
    },
  };

  return {
    openapi: '3.1.0',
    info: {
      title: 'Signer portal package API',
      version: '1',
      description: [
        'Packages of documents to sign, their signers and their progress, following the public shape of the iinked Sign v4 package API.',
        `Package types (case-sensitive): ${PACKAGE_TYPES.join(', ')}.`,
        `Package states: ${PACKAGE_STATES.join(', ')}; read an unknown state as "Unknown".`,
        'Times are ISO 8601 instants: answers use 7 fractional digits in UTC; requests accept 0 to 7 digits and need an explicit offset. Unknown fields are ignored.',
      ].join('\n\n'),
    },
    servers: [{ url: serverUrl }],
    security: [{ api_key: [] }],
    paths,
    components: {
      securitySchemes: {
        api_key: {
          type: 'apiKey',
          in: 'header',
          name: 'api_key',
          description: 'A key an owner creates in the dashboard; it belongs to one organization.',
        },
      },
      schemas,
      responses: Object.fromEntries(
        errorStatuses().map((status) => [
          String(status),
          {
            description: ERROR_MEANINGS[status] ?? 'Refused.',
            content: { 'application/json': { schema: ref('Error') } },
          },
        ]),
      ),
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
