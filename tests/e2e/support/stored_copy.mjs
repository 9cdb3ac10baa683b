// stored_copy.mjs — the app's stored copies as tests read and prepare them:
// "<generation>\n" + "z" + a zlib stream's bits, 15 to a character from
// U+4000 (src/core/storage/storage_codec.hpp). Node's zlib, so a test checks the
// app's packing against an independent implementation.
import zlib from 'node:zlib';

export function packStored(generation, json) {
  const bytes = zlib.deflateSync(Buffer.from(json, 'utf8'), { level: 1 });
  let out = `${generation}\nz`;
  let bits = 0, count = 0;
  for (const byte of bytes) {
    bits = (bits << 8) | byte;
    count += 8;
    if (count >= 15) { count -= 15; out += String.fromCharCode(0x4000 + ((bits >> count) & 0x7fff)); bits &= (1 << count) - 1; }
  }
  if (count > 0) out += String.fromCharCode(0x4000 + ((bits << (15 - count)) & 0x7fff));
  return out;
}

// The JSON a stored slot holds (packed or, as earlier versions stored it, plain).
export function unpackStored(text) {
  const newline = text.indexOf('\n');
  const payload = text.slice(newline + 1);
  if (payload[0] !== 'z') return payload;
  const bytes = [];
  let bits = 0, count = 0;
  for (let i = 1; i < payload.length; ++i) {
    bits = (bits << 15) | (payload.charCodeAt(i) - 0x4000);
    count += 15;
    while (count >= 8) { count -= 8; bytes.push((bits >> count) & 0xff); }
    bits &= (1 << count) - 1;
  }
  return zlib.inflateSync(Buffer.from(bytes), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('utf8');
}

// The newest stored workspace of the page's origin, as JSON text.
export async function storedWorkspace(page) {
  const text = await page.evaluate(() => {
    const head = JSON.parse(localStorage.getItem('setright.v1.head') || 'null');
    return head ? localStorage.getItem(`setright.v1.slot.${head.slot}`) : null;
  });
  return text === null ? null : unpackStored(text);
}
