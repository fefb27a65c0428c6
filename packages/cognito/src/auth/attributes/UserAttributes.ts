/**
 * A user's attributes as a plain record: the standard (OIDC) attributes Cognito knows, typed,
 * plus `custom:` and `dev:custom:` ones. The two `*_verified` flags are booleans here (the wire
 * carries `"true"`/`"false"`, and the string `"false"` is truthy); everything else is a string as on
 * the wire (`address` is JSON text, `updated_at` seconds since the epoch).
 *
 * @example
 * ```ts
 * const attributes: UserAttributes = { email: 'alice@example.com', 'custom:tier': 'gold' };
 * ```
 */
export interface StandardAttributes {
  sub?: string;
  email?: string;
  email_verified?: boolean;
  phone_number?: string;
  phone_number_verified?: boolean;
  name?: string;
  given_name?: string;
  family_name?: string;
  middle_name?: string;
  nickname?: string;
  preferred_username?: string;
  profile?: string;
  picture?: string;
  website?: string;
  gender?: string;
  birthdate?: string;
  zoneinfo?: string;
  locale?: string;
  address?: string;
  updated_at?: string;
  /** Federated users: JSON text describing the linked identity providers. */
  identities?: string;
}

/** Standard attributes plus your pool's custom (and developer-only) ones. */
export type UserAttributes = StandardAttributes & {
  [custom: `custom:${string}`]: string | undefined;
  [developerOnly: `dev:custom:${string}`]: string | undefined;
};

/** The wire form: Cognito's `[{ Name, Value }]` list. */
export type AttributeList = { Name: string; Value?: string }[];

/** Whether `name`'s record form is a boolean: the `*_verified` flags. */
export const isBooleanAttribute = (name: string): boolean =>
  name === 'email_verified' || name === 'phone_number_verified';
