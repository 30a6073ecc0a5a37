import { buildOpenApiDocument } from './openapi-document';
import { schemaFields } from './schema-fields';

const document = buildOpenApiDocument('https://portal.example.test/api/v1');
const components = document.components.schemas;
const fieldsOf = (name: string) =>
  schemaFields({ $ref: `#/components/schemas/${name}` }, components);

describe('schemaFields', () => {
  test('lists the fields of packages/add with types, requirement and allowed values', () => {
    const fields = fieldsOf('AddPackageRequest');
    const byName = new Map(fields.map((field) => [field.name, field]));

    expect(byName.get('name')).toMatchObject({ type: 'string', required: true });
    expect(byName.get('type')).toMatchObject({ type: 'string', required: false });
    expect(byName.get('type')!.notes).toContain(
      'One of "concurrent", "Sequential", "Counterpart", "video_closing_room", "Live Session".',
    );
    expect(byName.get('type')!.notes).toContain('Default "concurrent".');
    expect(byName.get('timeSignBy')).toMatchObject({ type: 'string or null' });
    expect(byName.get('signers')).toMatchObject({ type: 'list of objects' });
    expect(byName.get('signers[].email')).toMatchObject({ type: 'string', required: true });
    expect(byName.get('meeting.duration')!.notes).toContain('Default "PT1H".');
    expect(byName.get('externalData')).toMatchObject({ type: 'object (any keys) or null' });
  });

  test('lists nested answers: the status object’s signers and their links', () => {
    const names = fieldsOf('PackageStatus').map((field) => field.name);

    expect(names).toEqual(
      expect.arrayContaining([
        'documents[].revisions[].isNext',
        'signers[].links[].timeExpires',
        'signers[].links[].type',
      ]),
    );
  });

  test('a list of values reads as such', () => {
    const states = fieldsOf('ListPackagesRequest').find((field) => field.name === 'states');

    expect(states).toMatchObject({ type: 'list of strings or null' });
    expect(states!.notes.join(' ')).toContain('"expired"');
  });
});
