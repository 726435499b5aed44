/**
 * Validates SARIF logs against the SARIF 2.1.0 JSON schema vendored in fixtures/ (see
 * fixtures/SARIF-SCHEMA-SOURCE.md), with Ajv 8 and format checks of its own for `uri`,
 * `uri-reference` and `date-time`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';

let validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } | undefined;

/** Whether `text` is an absolute URI (a scheme, then anything URL-safe). */
function isUri(text: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(text) || /\s/.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether `text` is a URI reference: absolute, or relative with no spaces and valid escapes. */
function isUriReference(text: string): boolean {
  if (/[\s<>"{}|\\^`]/.test(text) || /%(?![0-9A-Fa-f]{2})/.test(text)) return false;
  try {
    new URL(text, 'file:///base/');
    return true;
  } catch {
    return false;
  }
}

/** Validates a SARIF log; returns the schema errors (empty when valid). */
export function sarifErrors(log: unknown): string[] {
  if (!validate) {
    const schema = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
    // The file is draft-04; Ajv 8 reads it once the draft-04 `id` is `$id` and `$schema` is gone.
    delete schema.$schema;
    schema.$id = schema.id;
    delete schema.id;
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    ajv.addFormat('uri', isUri);
    ajv.addFormat('uri-reference', isUriReference);
    ajv.addFormat('date-time', (text: string) => !Number.isNaN(Date.parse(text)));
    validate = ajv.compile(schema);
  }
  if (validate(log)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}
