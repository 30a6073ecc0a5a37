import { apiJson } from '@/lib/api/api-route';
import { buildOpenApiDocument } from '@/lib/api/openapi/openapi-document';
import { publicUrl } from '@/lib/config/public-url';

export const dynamic = 'force-dynamic';

/** GET /api/v1/openapi.json – the OpenAPI 3.1 document of the package API; needs no key. */
export async function GET(): Promise<Response> {
  return apiJson(buildOpenApiDocument(`${publicUrl()}/api/v1`));
}
