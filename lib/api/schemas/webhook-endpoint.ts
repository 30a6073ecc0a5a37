import { z } from 'zod';

/** An absolute http or https address without credentials in it. */
const ZWebhookUrl = z
  .string()
  .trim()
  .min(1)
  .max(2048)
  .refine((text) => {
    if (!URL.canParse(text)) return false;

    const url = new URL(text);

    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username;
  }, 'must be an absolute http or https URL without a user name or password in it');

/** POST /events/endpoints/set */
export const ZSetWebhookEndpointRequest = z.object({
  name: z.string().trim().min(1).max(100),
  url: ZWebhookUrl,
});

export type TSetWebhookEndpointRequest = z.output<typeof ZSetWebhookEndpointRequest>;

/** The answer of `events/endpoints/set`: the only time the secret is shown. */
export const ZSetWebhookEndpointResponse = z.object({
  endpointId: z.string(),
  name: z.string(),
  url: z.string(),
  secret: z.string(),
  timeCreated: z.string(),
  timeUpdated: z.string(),
});
