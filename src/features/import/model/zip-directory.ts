/**
 * What a zip's central directory says before anything is unpacked. XLSX and DOCX files are zips;
 * neither exceljs nor JSZip caps what they unpack, so a file is checked here first: one that would
 * unpack past a stated size (a zip bomb), or that is encrypted, is refused unread.
 */

/** A file whose parts add up to more than this unpacked is refused unread. */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/**
 * What a zip's central directory says before anything is unpacked: whether it is a zip at all,
 * whether an entry is encrypted, and the total unpacked size (ZIP64 sizes count as too large).
 */
export function inspectZip(bytes: Uint8Array): { zip: false } | { zip: true; encrypted: boolean; unpacked: number } {
  if (u32(bytes, 0) !== 0x04034b50) return { zip: false };
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= floor; at -= 1)
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  if (end < 0) return { zip: false };
  const entries = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  let unpacked = 0;
  let encrypted = false;
  for (let i = 0; i < entries; i += 1) {
    if (u32(bytes, at) !== 0x02014b50) return { zip: false };
    if (u16(bytes, at + 8) & 1) encrypted = true;
    const size = u32(bytes, at + 24);
    unpacked += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return { zip: true, encrypted, unpacked };
}

/** An OLE compound file: an old .xls, or an XLSX that a password has encrypted. */
export const isCompoundFile = (b: Uint8Array) => u32(b, 0) === 0xe011cfd0 && u32(b, 4) === 0xe11ab1a1;
