/**
 * Small readers for hand-written JSON: each returns the value or records a human message.
 */

/** A JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

/** True for a plain JSON object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One problem of a file: where it is (`step 3 ("april-letter")`) and what is wrong. */
export interface Issue {
  where: string;
  what: string;
}

/** Messages about one entry, all prefixed with where it is: `step "april-letter": …`. */
export class Problems {
  readonly messages: string[] = [];
  readonly issues: Issue[] = [];
  /** `sep` joins where and what in `messages`: `step "x": …`, or `the story needs …`. */
  constructor(
    readonly where: string,
    readonly sep = ': ',
  ) {}

  /** Record a message once: a node named in both highlight and selection is reported once. */
  add(message: string): void {
    const line = `${this.where}${this.sep}${message}`;
    if (this.messages.includes(line)) return;
    this.messages.push(line);
    this.issues.push({ where: this.where, what: message });
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
