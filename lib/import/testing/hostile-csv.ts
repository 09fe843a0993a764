import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { csvTemplates } from "../csv/templates";

const templates = Object.values(csvTemplates);

/** Cells a spreadsheet, a careless editor or an attacker might leave. */
export const hostileCell = fc.oneof(
  fc.constantFrom("=cmd|' /C calc'!A0", "+1+1", "-2", "@SUM(A1:A9)", "'=1+1", "''-1", "\t=1", "\r=1", '"', '"unclosed', 'a"b', '""', ";", "true; false", "KB5065789 2025-09; KB1", "yes", "N", "", " ", "\u0000", "\uFEFF", "１", "ünïcödé"),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(1999, 2000, 2001, 2500).map((n) => "x".repeat(n)),
);

/** Header rows of one template (shuffled, maybe without id), now and then with a stranger or a header twice. */
const headers = fc.constantFrom(...templates).chain((template) =>
  fc.tuple(
    fc.shuffledSubarray(template.columns.map((c) => c.header), { minLength: 1 }),
    fc.constantFrom([], [], [], ["nonsense"], ["id"], [" id "], ["=HYPERLINK()"]),
  ).map(([chosen, extra]) => [...chosen, ...extra]),
);

/** A CSV file of those headers and hostile rows, quoted as RFC 4180 says, or not (leaving quotes unbalanced). */
export const templateShapedCsv = headers.chain((header) =>
  fc
    .tuple(fc.array(fc.array(hostileCell, { minLength: header.length, maxLength: header.length + 1 }), { maxLength: 4 }), fc.boolean(), fc.constantFrom("\n", "\r\n", "\r"))
    .map(([rows, quoted, newline]) =>
      quoted ? stringify([header, ...rows], { record_delimiter: newline }) : [header, ...rows].map((row) => row.join(",")).join(newline),
    ),
);
