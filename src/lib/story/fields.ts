/**
 * Small readers for hand-written JSON: each returns the value or records a human message.
 */

/** A JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

/** True for a plain JSON object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Messages about one entry, all prefixed with where it is: `step "april-letter": …`. */
export class Problems {
  readonly messages: string[] = [];
  constructor(readonly where: string) {}

  /** Record a message once: a node named in both highlight and selection is reported once. */
  add(message: string): void {
    const line = `${this.where}: ${message}`;
    if (!this.messages.includes(line)) this.messages.push(line);
  }

  /** Flag keys that are not in `known`: a typo such as "hightlight" would otherwise be lost. */
  unknownKeys(obj: JsonObject, known: readonly string[], place: string): void {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key)) {
        this.add(`unknown field "${key}" in ${place} (known: ${known.join(', ')})`);
      }
    }
  }

  /** A non-empty string, or null after recording why not. */
  text(obj: JsonObject, key: string): string | null {
    const value = obj[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.add(`"${key}" must be a non-empty string`);
    return null;
  }

  /** An array of strings (possibly empty), or null after recording why not. */
  strings(value: unknown, place: string): string[] | null {
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
    this.add(`${place} must be an array of strings`);
    return null;
  }
}
