/**
 * @fileoverview The checksum the code cache is checked with (code-cache.ts):
 * 64-bit FNV-1a over the bytes taken eight at a time (then one at a time for
 * the tail), computed by a 144-byte WebAssembly module written out below.
 *
 * Why not zlib's CRC-32, which this replaced: loading node:zlib (it brings
 * Node's streams) took 1–3 ms of a 40 ms start, more than everything else the
 * cache check does. A checksum in JavaScript runs interpreted at a start (a
 * 500 KB bundle took 6 ms before V8 optimised the loop); WebAssembly is
 * compiled at once by V8's baseline compiler, and the whole start (module,
 * memory, a bundle and its cache) costs ≈ 1 ms. This detects damage (any
 * changed 8-byte word changes the result: each step is a bijection of the
 * state); it is not a defence against tampering, which the cache's ownership
 * check is. Where WebAssembly is missing (`node --jitless`), CRC-32 from
 * node:zlib is used instead, under another name, so the two never match.
 *
 * The module, in WebAssembly text:
 *
 *   (module
 *     (import "m" "m" (memory 1))
 *     (func (export "h") (param $n i32) (result i64) (local $i i32) (local $h i64)
 *       (local.set $h (i64.const 0xcbf29ce484222325))
 *       (block (loop                                   ;; whole 8-byte words
 *         (br_if 1 (i32.gt_u (i32.add (local.get $i) (i32.const 8)) (local.get $n)))
 *         (local.set $h (i64.mul (i64.xor (local.get $h) (i64.load (local.get $i))) (i64.const 0x100000001b3)))
 *         (local.set $i (i32.add (local.get $i) (i32.const 8)))
 *         (br 0)))
 *       (block (loop                                   ;; the last bytes
 *         (br_if 1 (i32.ge_u (local.get $i) (local.get $n)))
 *         (local.set $h (i64.mul (i64.xor (local.get $h) (i64.load8_u (local.get $i))) (i64.const 0x100000001b3)))
 *         (local.set $i (i32.add (local.get $i) (i32.const 1)))
 *         (br 0)))
 *       (local.get $h)))
 *
 * test/checksum.test.ts checks it against the same function written in
 * JavaScript with BigInt, on every length around the word size and on random data.
 */

const FNV1A64_WORDS_WASM = new Uint8Array([
  0x00,
  0x61,
  0x73,
  0x6d,
  0x01,
  0x00,
  0x00,
  0x00, // magic, version 1
  0x01,
  0x06,
  0x01,
  0x60,
  0x01,
  0x7f,
  0x01,
  0x7e, // types: (i32) -> i64
  0x02,
  0x08,
  0x01,
  0x01,
  0x6d,
  0x01,
  0x6d,
  0x02,
  0x00,
  0x01, // import "m" "m": memory, at least 1 page
  0x03,
  0x02,
  0x01,
  0x00, // one function, of type 0
  0x07,
  0x05,
  0x01,
  0x01,
  0x68,
  0x00,
  0x00, // export "h": function 0
  0x0a,
  0x69,
  0x01,
  0x67,
  0x02,
  0x01,
  0x7f,
  0x01,
  0x7e, // code: its body, locals $i i32 and $h i64
  0x42,
  0xa5,
  0xc6,
  0x88,
  0xa1,
  0xc8,
  0x9c,
  0xa7,
  0xf9,
  0x4b,
  0x21,
  0x02, // $h = offset basis
  0x02,
  0x40,
  0x03,
  0x40, // block, loop
  0x20,
  0x01,
  0x41,
  0x08,
  0x6a,
  0x20,
  0x00,
  0x4b,
  0x0d,
  0x01, // exit when $i + 8 > $n
  0x20,
  0x02,
  0x20,
  0x01,
  0x29,
  0x00,
  0x00,
  0x85, // $h ^ i64.load($i)
  0x42,
  0xb3,
  0x83,
  0x80,
  0x80,
  0x80,
  0x20,
  0x7e,
  0x21,
  0x02, // * prime -> $h
  0x20,
  0x01,
  0x41,
  0x08,
  0x6a,
  0x21,
  0x01,
  0x0c,
  0x00,
  0x0b,
  0x0b, // $i += 8, loop; end, end
  0x02,
  0x40,
  0x03,
  0x40, // block, loop
  0x20,
  0x01,
  0x20,
  0x00,
  0x4f,
  0x0d,
  0x01, // exit when $i >= $n
  0x20,
  0x02,
  0x20,
  0x01,
  0x31,
  0x00,
  0x00,
  0x85, // $h ^ i64.load8_u($i)
  0x42,
  0xb3,
  0x83,
  0x80,
  0x80,
  0x80,
  0x20,
  0x7e,
  0x21,
  0x02, // * prime -> $h
  0x20,
  0x01,
  0x41,
  0x01,
  0x6a,
  0x21,
  0x01,
  0x0c,
  0x00,
  0x0b,
  0x0b, // $i += 1, loop; end, end
  0x20,
  0x02,
  0x0b, // return $h
]);

const PAGE_BYTES = 65536;

/** The part of the WebAssembly global used here (the project's TypeScript libraries do not declare it). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

interface Hasher {
  memory: WasmMemory;
  hash: (length: number) => bigint;
}

let hasher: Hasher | null | undefined;

function wasmHasher(): Hasher | null {
  if (hasher !== undefined) return hasher;
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  try {
    if (!wasm) throw new Error("no WebAssembly");
    const memory = new wasm.Memory({ initial: 1 });
    const instance = new wasm.Instance(new wasm.Module(FNV1A64_WORDS_WASM), { m: { m: memory } });
    hasher = { memory, hash: instance.exports["h"] as (length: number) => bigint };
  } catch {
    hasher = null;
  }
  return hasher;
}

/** The checksum of `data` as text naming its algorithm: "fnv1a64w-<16 hex digits>", or "crc32-<8 hex digits>" without WebAssembly. */
export function checksum(data: Uint8Array): string {
  const wasm = wasmHasher();
  if (!wasm) {
    const { crc32 } = process.getBuiltinModule("node:zlib");
    return `crc32-${crc32(data).toString(16).padStart(8, "0")}`;
  }
  const missing = data.length - wasm.memory.buffer.byteLength;
  if (missing > 0) wasm.memory.grow(Math.ceil(missing / PAGE_BYTES));
  new Uint8Array(wasm.memory.buffer, 0, data.length).set(data);
  return `fnv1a64w-${BigInt.asUintN(64, wasm.hash(data.length)).toString(16).padStart(16, "0")}`;
}

/** A short name for a string (a file path), for file names: 32-bit FNV-1a over its UTF-16 code units, in hex. */
export function nameHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}
