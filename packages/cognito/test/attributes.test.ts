import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  type AttributeList,
  fromAttributeList,
  toAttributeList,
  type UserAttributes,
} from '../src/auth/index.js';

// As AdminGetUser answers them: every value a string, the verified flags included.
const wire: AttributeList = [
  { Name: 'sub', Value: '6f1c5b9e-1111-4c2d-8e3f-0123456789ab' },
  { Name: 'email', Value: 'alice@example.com' },
  { Name: 'email_verified', Value: 'true' },
  { Name: 'phone_number', Value: '+15555550100' },
  { Name: 'phone_number_verified', Value: 'false' },
  { Name: 'given_name', Value: 'Alice' },
  { Name: 'family_name', Value: 'Liddell' },
  { Name: 'custom:tier', Value: 'gold' },
  { Name: 'dev:custom:flags', Value: '' },
  { Name: 'identities', Value: '[{"providerName":"Google"}]' },
];

describe('attributes between [{ Name, Value }] and a record', () => {
  test('fromAttributeList gives a record, with booleans for the verified flags', () => {
    const record = fromAttributeList(wire);
    expect(record).toEqual({
      sub: '6f1c5b9e-1111-4c2d-8e3f-0123456789ab',
      email: 'alice@example.com',
      email_verified: true,
      phone_number: '+15555550100',
      phone_number_verified: false,
      given_name: 'Alice',
      family_name: 'Liddell',
      'custom:tier': 'gold',
      'dev:custom:flags': '',
      identities: '[{"providerName":"Google"}]',
    });
    expectTypeOf(record.email_verified).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(record['custom:tier']).toEqualTypeOf<string | undefined>();
  });

  test('round-trips: list -> record -> list is the same list, record -> list -> record the same record', () => {
    expect(toAttributeList(fromAttributeList(wire))).toEqual(wire);
    const record: UserAttributes = {
      email: 'bob@example.com',
      email_verified: false,
      'custom:tier': 'silver',
      locale: 'fr',
    };
    expect(fromAttributeList(toAttributeList(record))).toEqual(record);
  });

  test('undefined members and value-less entries are left out', () => {
    expect(toAttributeList({ email: 'a@b.c', 'custom:gone': undefined })).toEqual([
      { Name: 'email', Value: 'a@b.c' },
    ]);
    expect(fromAttributeList([{ Name: 'email' }, { Name: 'locale', Value: 'de' }])).toEqual({ locale: 'de' });
  });

  test('the record type knows the standard names and custom prefixes, and rejects typos', () => {
    const ok: UserAttributes = { email: 'a@b.c', 'custom:anything': 'x', 'dev:custom:y': 'z' };
    // @ts-expect-error `emial` is not an attribute
    const typo: UserAttributes = { emial: 'a@b.c' };
    // @ts-expect-error the verified flags are booleans in the record form
    const stringFlag: UserAttributes = { email_verified: 'true' };
    expect([ok, typo, stringFlag]).toHaveLength(3);
  });
});
