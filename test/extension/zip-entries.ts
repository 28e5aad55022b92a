// Reads a zip archive (a .vsix is one) from its central directory, so tests need no unzip tool.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

interface ZipEntry {
    name: string;
    method: number;
    compressedSize: number;
    localHeaderOffset: number;
}

function zipEntries(zip: Buffer, file: string): ZipEntry[] {
    const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (endOfDirectory < 0) throw new Error(`${file} is not a zip archive.`);
    const count = zip.readUInt16LE(endOfDirectory + 10);
    let offset = zip.readUInt32LE(endOfDirectory + 16);
    const entries: ZipEntry[] = [];
    for (let index = 0; index < count; index++) {
        if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`${file}: damaged central directory.`);
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        entries.push({
            name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
            method: zip.readUInt16LE(offset + 10),
            compressedSize: zip.readUInt32LE(offset + 20),
            localHeaderOffset: zip.readUInt32LE(offset + 42)
        });
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

export function zipEntryNames(file: string): string[] {
    return zipEntries(readFileSync(file), file).map((entry) => entry.name);
}

/** The uncompressed bytes of one entry (stored or deflated, the two methods vsce writes). */
export function readZipEntry(file: string, name: string): Buffer {
    const zip = readFileSync(file);
    const entry = zipEntries(zip, file).find((candidate) => candidate.name === name);
    if (!entry) throw new Error(`${file} has no ${name}.`);
    const header = entry.localHeaderOffset;
    const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return Buffer.from(data);
    if (entry.method === 8) return inflateRawSync(data);
    throw new Error(`${name}: unsupported compression method ${entry.method}.`);
}
