// Draws the extension's icon (images/icon.png, 128×128): a white agreement page with a green tick on NHS blue.
// Plain shapes rendered with 4×4 supersampling and written as a PNG with node:zlib, so no image library is needed.
// Run `node scripts/make-icon.mjs` after changing it; the PNG is committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;
const BLUE = [0, 94, 184];
const WHITE = [255, 255, 255];
const LINE = [174, 183, 189];
const GREEN = [0, 150, 57];

const insideRoundedRect = (x, y, left, top, right, bottom, radius) => {
    if (x < left || x > right || y < top || y > bottom) return false;
    const cx = Math.min(Math.max(x, left + radius), right - radius);
    const cy = Math.min(Math.max(y, top + radius), bottom - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};
const distanceToSegment = (x, y, [x1, y1], [x2, y2]) => {
    const dx = x2 - x1, dy = y2 - y1;
    const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
};

/** The colour at a point, or undefined for transparent: later shapes paint over earlier ones. */
function colourAt(x, y) {
    let colour;
    if (insideRoundedRect(x, y, 4, 4, 124, 124, 22)) colour = BLUE;
    // The page, with its top-right corner folded.
    if (insideRoundedRect(x, y, 30, 18, 98, 110, 6) && !(x - 78 > y - 18 && x > 78)) colour = WHITE;
    if (x >= 78 && y <= 38 && x - 78 <= y - 18 && x <= 98) colour = LINE;
    for (const lineY of [46, 58, 70]) {
        if (y >= lineY && y <= lineY + 5 && x >= 42 && x <= (lineY === 70 ? 70 : 86)) colour = LINE;
    }
    // The tick, in a green disc at the bottom right.
    if ((x - 88) ** 2 + (y - 92) ** 2 <= 24 ** 2) colour = GREEN;
    if (distanceToSegment(x, y, [77, 92], [85, 100]) <= 3.6 || distanceToSegment(x, y, [85, 100], [100, 83]) <= 3.6) {
        if ((x - 88) ** 2 + (y - 92) ** 2 <= 24 ** 2) colour = WHITE;
    }
    return colour;
}

const rows = [];
for (let py = 0; py < SIZE; py++) {
    const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
    for (let px = 0; px < SIZE; px++) {
        let r = 0, g = 0, b = 0, a = 0;
        for (let sy = 0; sy < SAMPLES; sy++) {
            for (let sx = 0; sx < SAMPLES; sx++) {
                const colour = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
                if (!colour) continue;
                r += colour[0]; g += colour[1]; b += colour[2]; a++;
            }
        }
        const offset = 1 + px * 4;
        if (a > 0) row.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / SAMPLES ** 2)], offset);
    }
    rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
});
const crc32 = (buffer) => {
    let c = 0xffffffff;
    for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
    const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0); header.writeUInt32BE(SIZE, 4);
header[8] = 8; header[9] = 6; // 8-bit RGBA
const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
