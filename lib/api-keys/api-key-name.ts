import { z } from 'zod';

/** The longest name a key may have: enough to say which integration holds it. */
export const MAX_API_KEY_NAME_LENGTH = 100;

/** The name an owner gives a key, so they can tell later which integration uses it. */
export const ZApiKeyName = z
  .string()
  .trim()
  .min(1, 'Give the key a name, such as the integration that will use it.')
  .max(MAX_API_KEY_NAME_LENGTH, `Keep the name to ${MAX_API_KEY_NAME_LENGTH} characters or fewer.`);
