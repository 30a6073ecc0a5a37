import type { Metadata } from 'next';

import { EndpointFields } from '@/components/dashboard/api-docs/endpoint-fields';
import { JSON_BODY_LIMIT } from '@/lib/api/read-request-body';
import { API_ENDPOINTS, type ApiEndpoint } from '@/lib/api/openapi/api-endpoints';
import { buildOpenApiDocument } from '@/lib/api/openapi/openapi-document';
import { schemaFields } from '@/lib/api/openapi/schema-fields';
import { publicUrl } from '@/lib/config/public-url';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Package API' };

const DOCUMENT_PATH = '/api/v1/openapi.json';

/** The anchor of an endpoint's section: `post-packages-add`. */
function anchorOf(endpoint: ApiEndpoint): string {
  return `${endpoint.method}-${endpoint.path.replace(/[{}]/g, '').replace(/[^a-z0-9]+/gi, '-')}`
    .replace(/-+$/, '')
    .toLowerCase();
}

/**
 * GET /dashboard/api – the package API for integrators, drawn from the same OpenAPI document
 * the API serves: every endpoint with its request and answer fields.
 */
export default function ApiDocumentationPage() {
  const baseUrl = `${publicUrl()}/api/v1`;
  const document = buildOpenApiDocument(baseUrl);
  const schemas = document.components.schemas;
  const fieldsOf = (name: string) =>
    schemaFields({ $ref: `#/components/schemas/${name}` }, schemas);

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold">Package API</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Programs create, send and follow packages over HTTP at{' '}
          <code className="font-mono break-all">{baseUrl}</code>, with an API key of your
          organization in the <code className="font-mono">api_key</code> header. Bodies are JSON (at
          most {Math.round(JSON_BODY_LIMIT / 1024)} KB); a refusal answers{' '}
          <code className="font-mono">{'{"error", "message"}'}</code> with its status. Times are ISO
          8601 with an offset; answers give them in UTC with 7 fractional digits.
        </p>
        <p>
          <a
            href={DOCUMENT_PATH}
            className="inline-flex min-h-11 items-center font-medium text-blue-800 underline underline-offset-2 dark:text-blue-300"
          >
            The OpenAPI 3.1 document (JSON)
          </a>
        </p>
      </div>

      <nav aria-labelledby="endpoints-title" className="space-y-2">
        <h2 id="endpoints-title" className="text-lg font-semibold">
          Endpoints
        </h2>
        <ul className="space-y-1">
          {API_ENDPOINTS.map((endpoint) => (
            <li key={anchorOf(endpoint)}>
              <a
                href={`#${anchorOf(endpoint)}`}
                className="inline-flex min-h-11 flex-wrap items-center gap-x-2 text-blue-800 underline underline-offset-2 dark:text-blue-300"
              >
                <span className="font-mono text-xs font-semibold uppercase">{endpoint.method}</span>
                <span className="font-mono break-all">{endpoint.path}</span>
                <span className="text-slate-700 no-underline dark:text-slate-300">
                  {endpoint.summary}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {API_ENDPOINTS.map((endpoint) => (
        <section
          key={anchorOf(endpoint)}
          id={anchorOf(endpoint)}
          aria-labelledby={`${anchorOf(endpoint)}-title`}
          className="scroll-mt-4 space-y-4 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
        >
          <div className="space-y-1">
            <h2 id={`${anchorOf(endpoint)}-title`} className="text-lg font-semibold">
              <span className="font-mono text-sm uppercase">{endpoint.method}</span>{' '}
              <span className="font-mono break-all">{endpoint.path}</span>
            </h2>
            <p className="font-medium">{endpoint.summary}</p>
            {endpoint.description ? (
              <p className="text-slate-700 dark:text-slate-300">{endpoint.description}</p>
            ) : null}
          </div>

          {endpoint.query?.map((query) => (
            <p key={query.name} className="text-sm text-slate-700 dark:text-slate-300">
              Query <code className="font-mono">{query.name}</code>: {query.description}
            </p>
          ))}
          {endpoint.multipart ? (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Request: <code className="font-mono">multipart/form-data</code>, one part per PDF with
              a filename.
            </p>
          ) : null}
          {endpoint.versioned ? (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              With <code className="font-mono">X-Api-Version: 3.6</code>, executed and expired
              packages read as open.
            </p>
          ) : null}

          {endpoint.body ? (
            <EndpointFields title="Request fields" fields={fieldsOf(endpoint.body.name)} />
          ) : null}
          {'json' in endpoint.answer ? (
            <EndpointFields title="Answer fields" fields={fieldsOf(endpoint.answer.name)} />
          ) : (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Answer: a PDF. {endpoint.answer.pdf}
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
