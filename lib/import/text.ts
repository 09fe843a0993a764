import { isUtf8 } from "node:buffer";
import { printParseErrorCode, visit } from "jsonc-parser";
import { ImportFileError } from "./issues";
import { jsonHazard } from "./json-hazards";
import { importLimits } from "./limits";

/**
 * Bytes of an uploaded file as text. Graph responses are UTF-8; Windows PowerShell's `Out-File`
 * writes UTF-16 with a byte order mark, so that is read too. Anything else is refused with the line
 * of its first byte that is not text, instead of being imported as replacement characters.
 */
export function decodeText(file: string, bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder("utf-16le").decode(buffer.subarray(2));
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder("utf-16be").decode(buffer.subarray(2));
  const body = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? buffer.subarray(3) : buffer;
  if (!isUtf8(body)) {
    const lossy = body.toString("utf8");
    throw new ImportFileError({ file, location: lineAndColumn(lossy, lossy.indexOf("\uFFFD")), message: "this is not UTF-8 text (is it a binary file?)" });
  }
  const text = body.toString("utf8");
  const nul = text.indexOf("\u0000");
  if (nul >= 0) throw new ImportFileError({ file, location: lineAndColumn(text, nul), message: "this is not text: it holds a NUL byte (is it a binary file?)" });
  return text;
}

/** `line L, column C` (both from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

const errorNames: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "a property name in double quotes was expected",
  ValueExpected: "a value was expected",
  ColonExpected: "':' was expected",
  CommaExpected: "',' was expected",
  CloseBraceExpected: "'}' was expected (is the file cut short?)",
  CloseBracketExpected: "']' was expected (is the file cut short?)",
  EndOfFileExpected: "the document should end here",
  InvalidCommentToken: "comments are not JSON",
  UnexpectedEndOfComment: "comments are not JSON",
  UnexpectedEndOfString: "a string is not closed (is the file cut short?)",
  UnexpectedEndOfNumber: "a number is cut short",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "a control character inside a string",
};

/**
 * Parses JSON strictly (JSON.parse) and refuses what the rest of the import must not meet (see
 * jsonHazard). When it fails, jsonc-parser walks the text once more to find where, because V8's
 * messages give no position for some errors and quote the text itself for others. jsonc-parser
 * recurses, so text nested too deep is refused before it is walked.
 */
export function parseJson(file: string, text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuseInvalid(file, text);
  }
  const hazard = jsonHazard(value, importLimits.maxJsonDepth);
  if (hazard) throw new ImportFileError({ file, location: hazard.path, message: `this is not a Graph response: ${hazard.message}` });
  return value;
}

function refuseInvalid(file: string, text: string): never {
  const deep = offsetDeeperThan(text, importLimits.maxJsonDepth);
  if (deep >= 0) return refuse(file, deep, text, `this is not valid JSON, and it nests deeper than ${importLimits.maxJsonDepth} levels`);
  let first: { code: string; offset: number } | null = null;
  visit(
    text,
    {
      onError(code, offset) {
        first ??= { code: printParseErrorCode(code), offset };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (!first) return refuse(file, text.length, text, "this is not valid JSON");
  const found: { code: string; offset: number } = first;
  return refuse(file, found.offset, text, `this is not valid JSON: ${errorNames[found.code] ?? found.code}`);
}

/** The offset of the first bracket that opens a level deeper than `maxDepth` (strings skipped), or -1. */
function offsetDeeperThan(text: string, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

function refuse(file: string, offset: number, text: string, message: string): never {
  const location = text.trim() === "" ? undefined : lineAndColumn(text, Math.min(offset, text.length));
  throw new ImportFileError({ file, location, message: text.trim() === "" ? "the file is empty" : message });
}
