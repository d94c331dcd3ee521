import { badInput } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface DecodedId {
  readonly type: string;
  readonly id: string;
}

/** The public id of a row: base64 of "Type:uuid" — opaque to clients. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
}

/** Decodes a global id, or undefined when it is not one of ours. */
export function parseGlobalId(globalId: string): DecodedId | undefined {
  if (globalId.length > 200 || !/^[A-Za-z0-9+/]+={0,2}$/.test(globalId)) return undefined;
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return undefined;
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (!/^[A-Z][A-Za-z]*$/.test(type) || !UUID.test(id)) return undefined;
  return { type, id: id.toLowerCase() };
}

/** Decodes a global id that must name a row of `expected` type; a clear error otherwise. */
export function fromGlobalId(globalId: string, expected?: string | readonly string[]): DecodedId {
  const decoded = parseGlobalId(globalId);
  if (!decoded) throw badInput(`« ${globalId.slice(0, 60)} » n'est pas un identifiant valide.`);
  const allowed = typeof expected === 'string' ? [expected] : expected;
  if (allowed && !allowed.includes(decoded.type)) {
    throw badInput(
      `L'identifiant désigne un objet de type ${decoded.type}, attendu : ${allowed.join(' ou ')}.`,
    );
  }
  return decoded;
}
