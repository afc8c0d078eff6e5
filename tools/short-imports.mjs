// @ts-check
// Shortens the names the wasm imports its JS functions by. wasm-bindgen names each import
// like `__wbg_matchMedia_b53687d22ec43649`: ~165 such names, each in the wasm's import section
// and again in the JS glue, hashes that gzip cannot shrink (≈5.5 KB gzip of the page's transfer,
// measured 2026-11-24). Both files get the same short names ("a", "b", … "aa", …; the module
// becomes "w"), so the import object the glue builds still matches what the wasm asks for.
//
// The same goes for the glue's calls into the wasm (`__wbindgen_malloc`, the closure adapters'
// `…_invoke__h9d1471347f49854b`): exports the glue names get short names too ("Z" + a, b, …).
// The custom sections for tools (`producers`, `target_features`) are dropped: browsers ignore
// them. Everything else in the binary is copied byte for byte.

/** Reads an unsigned LEB128 at `pos`: [value, next position]. */
function uleb(buf, pos) {
  let value = 0,
    shift = 0,
    byte;
  do {
    byte = buf[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
}

function encodeUleb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

const encodeName = (s) => Buffer.concat([encodeUleb(Buffer.byteLength(s)), Buffer.from(s)]);

/** Bytes of an import's descriptor after its kind byte (function, table, memory, global, tag). */
function descriptorEnd(buf, kind, pos) {
  const limits = (p) => {
    const flags = buf[p++];
    [, p] = uleb(buf, p);
    if (flags & 1) [, p] = uleb(buf, p);
    return p;
  };
  switch (kind) {
    case 0:
      return uleb(buf, pos)[1];
    case 1:
      return limits(pos + 1);
    case 2:
      return limits(pos);
    case 3:
      return pos + 2;
    case 4:
      return uleb(buf, pos + 1)[1];
    default:
      throw new Error(`unknown import kind ${kind}`);
  }
}

/** A short name for the n-th import: a … z, aa … */
function shortName(n) {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

/** Custom sections only tools read. */
const TOOL_SECTIONS = ['producers', 'target_features'];

/** The name of the custom section whose body starts at `pos`. */
function sectionName(buf, pos) {
  const [len, p] = uleb(buf, pos);
  return buf.toString('utf8', p, p + len);
}

/** An identifier the glue uses as a whole word (not inside a longer name). */
const wordIn = (js, name) => new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$')}(?![\\w$])`).test(js);

/**
 * The export section `body` with every wasm-bindgen export the glue names (`__…`,
 * `wasm_bindgen…`) renamed to "Z" + a short name, recorded in `renames`; `memory` and names the
 * glue does not use keep theirs. Returns the whole section, id and size included.
 */
function renameExports(body, glue, renames) {
  let [count, p] = uleb(body, 0);
  const entries = [encodeUleb(count)];
  while (count--) {
    const [nameLen, n0] = uleb(body, p);
    const name = body.toString('utf8', n0, n0 + nameLen);
    const [, descEnd] = uleb(body, n0 + nameLen + 1);
    let newName = name;
    if (/^(__|wasm_bindgen)/.test(name) && wordIn(glue, name)) {
      newName = `Z${shortName(renames.size)}`;
      renames.set(name, newName);
    }
    entries.push(encodeName(newName), body.subarray(n0 + nameLen, descEnd));
    p = descEnd;
  }
  const out = Buffer.concat(entries);
  return Buffer.concat([Buffer.from([7]), encodeUleb(out.length), out]);
}

/**
 * Renames the wasm's imports of `module` (and the module itself, to "w") and the glue's keys
 * for them; returns both updated. Throws if a name is missing from the glue, so a mismatch
 * fails the build instead of the page.
 */
export function shortenImports(wasm, glue, module) {
  const quoted = JSON.stringify(module);
  if (glue.split(quoted).length !== 2) throw new Error(`expected ${quoted} once in the JS glue`);
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  const parts = [wasm.subarray(0, 8)];
  const renames = new Map();
  const exportRenames = new Map();
  let pos = 8;
  while (pos < wasm.length) {
    const id = wasm[pos];
    const [size, start] = uleb(wasm, pos + 1);
    const end = start + size;
    if (id === 0 && TOOL_SECTIONS.includes(sectionName(wasm, start))) {
      pos = end;
      continue;
    }
    if (id === 7) {
      parts.push(renameExports(wasm.subarray(start, end), glue, exportRenames));
      pos = end;
      continue;
    }
    if (id !== 2) {
      parts.push(wasm.subarray(pos, end));
      pos = end;
      continue;
    }
    let [count, p] = uleb(wasm, start);
    const entries = [encodeUleb(count)];
    while (count--) {
      const [modLen, m0] = uleb(wasm, p);
      const mod = wasm.toString('utf8', m0, m0 + modLen);
      const [nameLen, n0] = uleb(wasm, m0 + modLen);
      const name = wasm.toString('utf8', n0, n0 + nameLen);
      const kind = wasm[n0 + nameLen];
      const descEnd = descriptorEnd(wasm, kind, n0 + nameLen + 1);
      let newName = name;
      if (mod === module) {
        if (!renames.has(name)) renames.set(name, shortName(renames.size));
        newName = renames.get(name);
      }
      const newMod = mod === module ? 'w' : mod;
      entries.push(encodeName(newMod), encodeName(newName), wasm.subarray(n0 + nameLen, descEnd));
      p = descEnd;
    }
    const body = Buffer.concat(entries);
    parts.push(Buffer.from([2]), encodeUleb(body.length), body);
    pos = end;
  }
  // Longest names first, whole identifiers only, so no name is replaced inside another.
  let js = glue.replace(quoted, '"w"');
  for (const [long, short] of [...renames, ...exportRenames].sort((a, b) => b[0].length - a[0].length)) {
    const key = new RegExp(`(?<![\\w$])${long.replace(/[$]/g, '\\$')}(?![\\w$])`, 'g');
    if (!key.test(js)) throw new Error(`import ${long} not found in the JS glue`);
    js = js.replace(key, short);
  }
  return { wasm: Buffer.concat(parts), glue: js, renamed: renames.size };
}
