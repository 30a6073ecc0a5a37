import {
  EMPTY_NEW_PACKAGE,
  localTimeToInstant,
  readNewPackageForm,
  validateNewPackageForm,
  type NewPackageFormValues,
} from './new-package-form';

const now = new Date('2026-03-01T12:00:00.000Z');

const filled: NewPackageFormValues = {
  name: ' Lease: 12 Quay Street ',
  type: 'Sequential',
  deadline: '2026-03-10T17:00',
  timeZone: 'America/New_York',
  meetingStart: '',
  documents: [
    { fileId: 'file-1', fileName: 'lease.pdf', name: 'Lease' },
    { fileId: 'file-2', fileName: 'rider.pdf', name: 'Pet rider' },
  ],
  signers: [
    { firstName: 'Ana', lastName: 'Silva', email: 'ana@example.com' },
    { firstName: '健', lastName: '渡辺', email: 'ken+lease@example.com' },
  ],
};

describe('localTimeToInstant', () => {
  test.each([
    ['2026-03-10T17:00', 'America/New_York', '2026-03-10T21:00:00.000Z'],
    ['2026-03-06T17:00', 'America/New_York', '2026-03-06T22:00:00.000Z'],
    ['2026-03-10T17:00', 'Asia/Kolkata', '2026-03-10T11:30:00.000Z'],
    ['2026-12-31T23:59', 'UTC', '2026-12-31T23:59:00.000Z'],
  ])('%s in %s is %s', (local, zone, instant) => {
    expect(localTimeToInstant(local, zone)).toBe(instant);
  });

  test.each([
    ['2026-02-30T10:00', 'UTC'],
    ['2026-03-10T24:00', 'UTC'],
    ['10/03/2026 17:00', 'UTC'],
    ['2026-03-10', 'UTC'],
    ['2026-03-10T17:00', 'Mars/Olympus_Mons'],
  ])('%s in %s is refused', (local, zone) => {
    expect(localTimeToInstant(local, zone)).toBeNull();
  });
});

describe('validateNewPackageForm', () => {
  test('a complete form becomes an open package with UTC times and signers in order', () => {
    const result = validateNewPackageForm(filled, 'send', now);

    expect(result).toEqual({
      ok: true,
      request: {
        name: 'Lease: 12 Quay Street',
        type: 'Sequential',
        state: 'open',
        timeSignBy: '2026-03-10T21:00:00.000Z',
        timeZone: 'America/New_York',
        meeting: null,
        documents: [
          { fileId: 'file-1', fileName: 'lease.pdf', name: 'Lease', order: 1 },
          { fileId: 'file-2', fileName: 'rider.pdf', name: 'Pet rider', order: 2 },
        ],
        signers: [
          { firstName: 'Ana', lastName: 'Silva', email: 'ana@example.com', order: 1 },
          { firstName: '健', lastName: '渡辺', email: 'ken+lease@example.com', order: 2 },
        ],
      },
    });
  });

  test('sending an empty form names every missing field', () => {
    const result = validateNewPackageForm({ ...EMPTY_NEW_PACKAGE, timeZone: 'UTC' }, 'send', now);

    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual([
      'deadline',
      'documents',
      'name',
      'signers',
    ]);
  });

  test('a draft needs only its name', () => {
    const result = validateNewPackageForm(
      { ...EMPTY_NEW_PACKAGE, name: 'Offer', timeZone: 'UTC' },
      'draft',
      now,
    );

    expect(result.ok && result.request).toMatchObject({
      state: 'draft',
      timeSignBy: null,
      documents: [],
      signers: [],
    });
  });

  test('each signer’s problem is said on that signer’s field; blank rows are ignored', () => {
    const result = validateNewPackageForm(
      {
        ...filled,
        signers: [
          { firstName: 'Ana', lastName: 'Silva', email: 'ana@example' },
          { firstName: '', lastName: '', email: '' },
          { firstName: '', lastName: 'Kim', email: 'ANA@example.com' },
          { firstName: 'Dan', lastName: '', email: 'ana@EXAMPLE.com' },
        ],
      },
      'send',
      now,
    );

    expect(!result.ok && result.errors).toEqual({
      'signers.0.email': 'Give an email address like ana@example.com.',
      'signers.2.firstName': 'Give the signer’s first name.',
      'signers.3.email': 'Another signer has this email address; give each their own.',
    });
  });

  test('a deadline that has passed, or is not a time, is refused', () => {
    const past = validateNewPackageForm({ ...filled, deadline: '2026-03-01T06:59' }, 'send', now);
    expect(!past.ok && past.errors.deadline).toBe(
      'This deadline has already passed; choose a later date and time.',
    );

    const zone = validateNewPackageForm({ ...filled, timeZone: 'Somewhere/Else' }, 'draft', now);
    expect(!zone.ok && zone.errors.timeZone).toBe(
      'Choose the time zone of the deadline from the list.',
    );
  });

  test('a video signing room needs its meeting time to send, stored in UTC', () => {
    const video = { ...filled, type: 'video_closing_room' };

    const missing = validateNewPackageForm(video, 'send', now);
    expect(!missing.ok && missing.errors).toEqual({
      meetingStart: 'Choose when the video signing meeting starts.',
    });

    const set = validateNewPackageForm({ ...video, meetingStart: '2026-03-05T09:30' }, 'send', now);
    expect(set.ok && set.request.meeting).toEqual({
      timeStart: '2026-03-05T14:30:00.000Z',
      duration: 'PT1H',
      isPrivate: false,
    });
  });

  test('a type is one of the constants, exactly as written', () => {
    const result = validateNewPackageForm({ ...filled, type: 'sequential' }, 'send', now);

    expect(!result.ok && result.errors.type).toBe('Choose how the package is signed.');
  });
});

describe('readNewPackageForm', () => {
  test('rows come back in index order with every field, whatever order they were posted in', () => {
    const form = new FormData();
    form.append('name', 'Lease');
    form.append('signers.10.email', 'c@example.com');
    form.append('signers.2.firstName', 'Bo');
    form.append('signers.2.email', 'b@example.com');
    form.append('documents.0.fileId', 'file-1');
    form.append('documents.0.name', 'Lease');
    form.append('files', new Blob(['%PDF-']), 'lease.pdf');

    const values = readNewPackageForm(form.entries());

    expect(values.name).toBe('Lease');
    expect(values.signers).toEqual([
      { firstName: 'Bo', lastName: '', email: 'b@example.com' },
      { firstName: '', lastName: '', email: 'c@example.com' },
    ]);
    expect(values.documents).toEqual([{ fileId: 'file-1', fileName: '', name: 'Lease' }]);
  });
});
