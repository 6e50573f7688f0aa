import { fail, ok, newId, type CslData, type Parsed } from '@apparatus/core';
import { citationJs } from './engine.ts';

/** The bibliographic formats read from user input; `auto` guesses from the text. */
export const REFERENCE_FORMATS = ['csl-json', 'bibtex', 'ris', 'auto'] as const;
export type ReferenceFormat = (typeof REFERENCE_FORMATS)[number];

/** citation-js input type for each format. */
const INPUT_TYPE: Readonly<Record<Exclude<ReferenceFormat, 'auto'>, string>> = {
  'csl-json': '@csl/list+object',
  bibtex: '@biblatex/text',
  ris: '@ris/file',
};

const FORMAT_NAME: Readonly<Record<Exclude<ReferenceFormat, 'auto'>, string>> = {
  'csl-json': 'CSL-JSON',
  bibtex: 'BibTeX',
  ris: 'RIS',
};

/** Guesses the format of pasted or loaded text from its first non-blank characters. */
export function guessReferenceFormat(text: string): Exclude<ReferenceFormat, 'auto'> | null {
  const start = text.trimStart();
  if (start.startsWith('[') || start.startsWith('{')) return 'csl-json';
  if (start.startsWith('@')) return 'bibtex';
  if (/^TY {2}- /m.test(start)) return 'ris';
  return null;
}

function readJson(text: string): Parsed<unknown[]> {
  try {
    const data: unknown = JSON.parse(text);
    return ok(Array.isArray(data) ? data : [data]);
  } catch (error) {
    return fail(
      `This is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks one parsed record and gives it an id when the input had none (RIS has no keys). */
function toCsl(value: unknown, index: number): Parsed<CslData> {
  if (!isRecord(value)) return fail(`Record ${index + 1} is not an object.`);
  if (typeof value['type'] !== 'string' || value['type'] === '')
    return fail(`Record ${index + 1} has no type.`);
  const id =
    typeof value['id'] === 'string' && value['id'] !== ''
      ? value['id']
      : String(value['id'] ?? '') || newId();
  return ok({ ...value, id, type: value['type'] } as CslData);
}

/**
 * Reads references from CSL-JSON, BibTeX or RIS text into CSL-JSON records. Input is user text,
 * so nothing here throws: malformed input, an empty file or records without a type come back as
 * `{ error }` with a sentence a person can act on.
 */
export function parseReferences(text: string, format: ReferenceFormat = 'auto'): Parsed<CslData[]> {
  if (text.trim() === '') return fail('There is nothing to read.');
  const chosen = format === 'auto' ? guessReferenceFormat(text) : format;
  if (chosen === null) return fail('This does not look like CSL-JSON, BibTeX or RIS.');
  let input: unknown = text;
  if (chosen === 'csl-json') {
    const json = readJson(text);
    if ('error' in json) return json;
    const notRecord = json.value.findIndex((item) => !isRecord(item));
    if (notRecord >= 0) return fail(`Record ${notRecord + 1} is not an object.`);
    input = json.value;
  }
  let records: unknown[];
  try {
    records = citationJs().input.chain(input, {
      forceType: INPUT_TYPE[chosen],
      generateGraph: false,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail(`This ${FORMAT_NAME[chosen]} could not be read: ${detail ?? ''}`.trim());
  }
  if (!Array.isArray(records) || records.length === 0)
    return fail(`No ${FORMAT_NAME[chosen]} records were found.`);
  const out: CslData[] = [];
  for (const [index, record] of records.entries()) {
    const csl = toCsl(record, index);
    if ('error' in csl) return csl;
    out.push(csl.value);
  }
  return ok(out);
}
