#!/usr/bin/env node
// Draws media/icon.png (128×128): a lens over two cells, in plain pixels, so the repository needs no
// image tools. Run by hand when the design changes: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const size = 128;
const px = Buffer.alloc(size * size * 4);
const set = (x, y, [r, g, b, a]) => {
  if (x < 0 || y < 0 || x >= size || y >= size) return;
  const i = (y * size + x) * 4;
  const alpha = a / 255;
  px[i] = Math.round(px[i] * (1 - alpha) + r * alpha);
  px[i + 1] = Math.round(px[i + 1] * (1 - alpha) + g * alpha);
  px[i + 2] = Math.round(px[i + 2] * (1 - alpha) + b * alpha);
  px[i + 3] = Math.max(px[i + 3], a);
};
const disc = (cx, cy, r, colour) => {
  for (let y = Math.floor(cy - r - 1); y <= cy + r + 1; y++) for (let x = Math.floor(cx - r - 1); x <= cx + r + 1; x++) {
    const d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
    const cover = Math.max(0, Math.min(1, r - d + 0.5));
    if (cover > 0) set(x, y, [colour[0], colour[1], colour[2], Math.round(colour[3] * cover)]);
  }
};
const ring = (cx, cy, r, w, colour) => {
  for (let y = Math.floor(cy - r - w); y <= cy + r + w; y++) for (let x = Math.floor(cx - r - w); x <= cx + r + w; x++) {
    const d = Math.abs(Math.hypot(x + 0.5 - cx, y + 0.5 - cy) - r);
    const cover = Math.max(0, Math.min(1, w / 2 - d + 0.5));
    if (cover > 0) set(x, y, [colour[0], colour[1], colour[2], Math.round(colour[3] * cover)]);
  }
};
disc(64, 64, 62, [18, 52, 86, 255]); // background
disc(50, 58, 18, [94, 186, 125, 255]); // an MSC
disc(50, 58, 7, [30, 110, 60, 255]);
disc(80, 52, 14, [236, 140, 80, 255]); // a macrophage
disc(80, 52, 5, [160, 80, 40, 255]);
ring(60, 56, 34, 6, [235, 240, 245, 255]); // the lens
for (let t = 0; t < 30; t++) disc(86 + t * 0.9, 82 + t * 0.9, 5, [235, 240, 245, 255]); // its handle

const rows = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) px.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('../media/icon.png', import.meta.url), png);
