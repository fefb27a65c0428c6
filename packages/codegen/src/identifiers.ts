import { CodegenError } from './CodegenError.js';

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval undefined'
  ).split(' '),
);

/** An AWS name used as a TypeScript constant; refuses names that would not compile or would shadow keywords. */
export const identifier = (name: string): string => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || RESERVED.has(name)) {
    throw new CodegenError(`AWS name ${JSON.stringify(name)} cannot be a TypeScript constant name`);
  }
  return name;
};

/** A property key: bare when it is an identifier, quoted otherwise. */
export const propertyKey = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name));

/** A single-quoted string literal (the repository's style). */
export const quote = (value: string): string => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
