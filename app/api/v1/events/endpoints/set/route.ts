import { apiJson, apiRoute } from '@/lib/api/api-route';
import { formatApiInstant } from '@/lib/api/api-time';
import { parseApiInput } from '@/lib/api/parse-api-input';
import { readJsonBody } from '@/lib/api/read-request-body';
import {
  ZSetWebhookEndpointRequest,
  ZSetWebhookEndpointResponse,
} from '@/lib/api/schemas/webhook-endpoint';
import { serverSecret } from '@/lib/config/server-secret';
import { setWebhookEndpoint } from '@/lib/webhooks/set-webhook-endpoint';

export const dynamic = 'force-dynamic';

/** POST /api/v1/events/endpoints/set – registers a webhook endpoint; its secret is shown once. */
export const POST = apiRoute(async (request, context) => {
  const input = parseApiInput(ZSetWebhookEndpointRequest, await readJsonBody(request), 'endpoint');

  const endpoint = await setWebhookEndpoint(context.db, input, {
    ...context,
    ...context.metadata,
    secret: serverSecret(),
  });

  return apiJson(
    ZSetWebhookEndpointResponse.parse({
      endpointId: endpoint.endpointId,
      name: endpoint.name,
      url: endpoint.url,
      secret: endpoint.secret,
      timeCreated: formatApiInstant(endpoint.createdAt),
      timeUpdated: formatApiInstant(endpoint.updatedAt),
    }),
  );
});
