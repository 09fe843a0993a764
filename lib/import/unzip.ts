import yauzl from "yauzl";
import { ImportFileError } from "./issues";
import { importLimits, megabytes } from "./limits";
import type { UploadFile } from "./upload-file";

const isZipName = (name: string) => /\.zip$/i.test(name);
const hasZipSignature = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export const isZip = (file: UploadFile) => isZipName(file.name) || hasZipSignature(file.bytes);

// Written by macOS Finder beside the real files; never data.
const isFinderClutter = (name: string) => name.startsWith("__MACOSX/") || /(^|\/)\.DS_Store$/.test(name);

/**
 * Replaces each zip among the uploads by the files inside it, named `archive.zip/inner/name.json`.
 * yauzl refuses entry names that leave the archive's folder (`../`, absolute paths, backslashes);
 * the declared sizes are summed before anything is inflated and the inflated bytes are counted as
 * they come, so a zip bomb stops at `maxExpandedBytes`. Zips inside zips are refused.
 */
export async function expandZips(files: UploadFile[]): Promise<UploadFile[]> {
  const out: UploadFile[] = [];
  let expanded = 0;
  for (const file of files) {
    if (!isZip(file)) {
      out.push(file);
      expanded += file.bytes.byteLength;
      continue;
    }
    for (const entry of await readZip(file, importLimits.maxExpandedBytes - expanded)) {
      out.push(entry);
      expanded += entry.bytes.byteLength;
    }
    if (out.length > importLimits.maxFiles) throw new ImportFileError({ file: file.name, message: `the upload holds more than ${importLimits.maxFiles} files` });
  }
  return out;
}

async function readZip(archive: UploadFile, budget: number): Promise<UploadFile[]> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(archive.bytes.buffer, archive.bytes.byteOffset, archive.bytes.byteLength), {
      lazyEntries: true,
      validateEntrySizes: true,
      strictFileNames: true,
    });
  } catch (error) {
    throw new ImportFileError({ file: archive.name, message: `this is not a readable zip file: ${(error as Error).message}` });
  }
  const entries: UploadFile[] = [];
  let declared = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      if (name.endsWith("/") || isFinderClutter(name)) continue;
      const where = `${archive.name}/${name}`;
      if (entries.length >= importLimits.maxFiles) throw new ImportFileError({ file: archive.name, message: `the zip holds more than ${importLimits.maxFiles} files` });
      if (entry.isEncrypted()) throw new ImportFileError({ file: where, message: "the entry is encrypted; zip the files without a password" });
      if (isZipName(name)) throw new ImportFileError({ file: where, message: "a zip inside a zip is not read: put the files in one zip" });
      declared += entry.uncompressedSize;
      if (declared > budget) throw tooLarge(archive.name);
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        // validateEntrySizes stops an entry that inflates past its declared size; this is the backstop.
        if (size > entry.uncompressedSize) throw tooLarge(archive.name);
        chunks.push(chunk);
      }
      // No hint: the form's choice is for the zip as a whole, and its files may hold different collections.
      entries.push({ name: where, bytes: Buffer.concat(chunks) });
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const message = (error as Error).message;
    if (/invalid relative path|absolute path|invalid characters in fileName/i.test(message)) {
      throw new ImportFileError({ file: archive.name, message: `an entry's name points outside the zip's folder (${message}); nothing was read from it` });
    }
    throw new ImportFileError({ file: archive.name, message: `the zip is damaged: ${message}` });
  } finally {
    zip.close();
  }
  return entries;
}

function tooLarge(file: string): ImportFileError {
  return new ImportFileError({ file, message: `the files inside the upload add up to more than ${megabytes(importLimits.maxExpandedBytes)} once unzipped` });
}
