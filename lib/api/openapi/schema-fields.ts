type JsonSchema = Record<string, unknown>;

/** One field of a request or answer, as the API page lists it. */
export interface SchemaField {
  /** The field's path: `signers[].email`, `meeting.timeStart`. */
  name: string;
  /** In words: `string`, `integer or null`, `list of objects`. */
  type: string;
  required: boolean;
  /** Allowed values, default, limits and description, each a short phrase. */
  notes: string[];
}

const MAX_DEPTH = 4;

/**
 * The fields of a JSON Schema object, nested fields flattened under dotted names, with `$ref`s
 * resolved against `components`. Made for people to read, not for validation.
 */
export function schemaFields(schema: JsonSchema, components: Record<string, JsonSchema>) {
  const fields: SchemaField[] = [];
  collect(resolve(schema, components), '', components, fields, 0);

  return fields;
}

function collect(
  schema: JsonSchema,
  prefix: string,
  components: Record<string, JsonSchema>,
  fields: SchemaField[],
  depth: number,
) {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);

  for (const [key, raw] of Object.entries(properties)) {
    const property = resolve(raw, components);
    const { inner, nullable } = withoutNull(property, components);
    const name = `${prefix}${key}`;

    fields.push({
      name,
      type: typeInWords(inner, components) + (nullable ? ' or null' : ''),
      required: required.has(key),
      notes: notesOf(property, inner),
    });

    if (depth >= MAX_DEPTH) continue;

    if (inner.type === 'object' && inner.properties) {
      collect(inner, `${name}.`, components, fields, depth + 1);
    }
    const items =
      inner.type === 'array' ? resolve((inner.items ?? {}) as JsonSchema, components) : {};
    if (items.type === 'object' && items.properties) {
      collect(items, `${name}[].`, components, fields, depth + 1);
    }
  }
}

function resolve(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;

  return components[ref.split('/').at(-1)!] ?? {};
}

/** `anyOf: [X, {type: null}]` and `type: [X, "null"]` are X that may be null. */
function withoutNull(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
): { inner: JsonSchema; nullable: boolean } {
  const anyOf = schema.anyOf as JsonSchema[] | undefined;
  if (anyOf) {
    const rest = anyOf.filter((option) => option.type !== 'null');
    if (rest.length === 1 && rest.length < anyOf.length) {
      return { inner: resolve(rest[0]!, components), nullable: true };
    }
  }

  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    const types = schema.type.filter((type) => type !== 'null');

    return { inner: { ...schema, type: types.length === 1 ? types[0] : types }, nullable: true };
  }

  return { inner: schema, nullable: false };
}

function typeInWords(schema: JsonSchema, components: Record<string, JsonSchema>): string {
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (Array.isArray(schema.type)) return schema.type.join(' or ');

  if (schema.type === 'array') {
    const items = resolve((schema.items ?? {}) as JsonSchema, components);

    return `list of ${items.type === 'object' ? 'objects' : pluralOf(typeInWords(items, components))}`;
  }

  if (schema.type === 'object' && !schema.properties) return 'object (any keys)';
  if (typeof schema.type === 'string') return schema.type;
  if (schema.anyOf) {
    return (schema.anyOf as JsonSchema[])
      .map((option) => typeInWords(resolve(option, components), components))
      .join(' or ');
  }

  return 'any';
}

function pluralOf(type: string): string {
  return type.endsWith('s') ? type : `${type}s`;
}

function notesOf(outer: JsonSchema, inner: JsonSchema): string[] {
  const notes: string[] = [];
  const description = outer.description ?? inner.description;
  const values = (inner.enum ?? (inner.items as JsonSchema | undefined)?.enum) as
    unknown[] | undefined;

  if (typeof description === 'string') notes.push(description);
  if (values) notes.push(`One of ${values.map((value) => JSON.stringify(value)).join(', ')}.`);
  if (outer.default !== undefined || inner.default !== undefined) {
    notes.push(`Default ${JSON.stringify(outer.default ?? inner.default)}.`);
  }

  const limits: [string, string][] = [
    ['minLength', 'at least {} characters'],
    ['maxLength', 'at most {} characters'],
    ['minimum', 'at least {}'],
    ['maximum', 'at most {}'],
    ['maxItems', 'at most {} items'],
    ['pattern', 'matches {}'],
  ];
  for (const [key, words] of limits) {
    const limit = inner[key];
    // Integers are bounded by JavaScript's safe range when nothing else bounds them.
    if (limit === undefined || limit === Number.MAX_SAFE_INTEGER) continue;
    if (key === 'minLength' && limit === 1) {
      notes.push('Not empty.');
      continue;
    }
    notes.push(
      `${words.replace('{}', String(limit))[0]!.toUpperCase()}${words.replace('{}', String(limit)).slice(1)}.`,
    );
  }

  return notes;
}
