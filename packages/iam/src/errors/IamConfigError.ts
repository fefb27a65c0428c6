import { guardFor, IamError } from './IamError.js';

/** Invalid client configuration or operation input, detected before anything is sent. */
export class IamConfigError extends IamError {
  override name = 'IamConfigError';
}

export const isIamConfigError = /* @__PURE__ */ guardFor<IamConfigError>('IamConfigError');
