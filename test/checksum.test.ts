/**
 * @fileoverview The code cache's checksum (src/cli/checksum.ts): its
 * WebAssembly module computes 64-bit FNV-1a over 8-byte little-endian words,
 * then over the tail bytes, exactly as this file's BigInt reference does.
 */
import { describe, expect, it } from "vitest";
import { checksum, nameHash } from "../src/cli/checksum.js";
import { seededRandom } from "./helpers/test-scale.js";

const PRIME = 0x100000001b3n;
const MASK = (1n << 64n) - 1n;

function reference(data: Uint8Array): string {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let hash = 0xcbf29ce484222325n;
  let i = 0;
  for (; i + 8 <= data.length; i += 8) hash = ((hash ^ view.getBigUint64(i, true)) * PRIME) & MASK;
  for (; i < data.length; i++) hash = ((hash ^ BigInt(data[i]!)) * PRIME) & MASK;
  return `fnv1a64w-${hash.toString(16).padStart(16, "0")}`;
}

function randomBytes(length: number, random: () => number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

describe("checksum", () => {
  it("equals the reference on every length from 0 to 40 (whole words and every tail)", () => {
    const random = seededRandom(7);
    for (let length = 0; length <= 40; length++) {
      const data = randomBytes(length, random);
      expect(checksum(data)).toBe(reference(data));
    }
  });

  it("equals the reference on data larger than the module's first page, and on a view into a larger buffer", () => {
    const random = seededRandom(11);
    const large = randomBytes(200_003, random);
    expect(checksum(large)).toBe(reference(large));
    const view = large.subarray(5, 70_001);
    expect(checksum(view)).toBe(reference(view));
    // After the memory grew, a small input still reads only its own bytes.
    expect(checksum(large.subarray(0, 3))).toBe(reference(large.subarray(0, 3)));
  });

  it("changes when any one byte changes", () => {
    const random = seededRandom(3);
    const data = randomBytes(1_000, random);
    const original = checksum(data);
    for (let i = 0; i < data.length; i += 37) {
      const damaged = Uint8Array.from(data);
      damaged[i] = damaged[i]! ^ (1 + Math.floor(random() * 255));
      expect(checksum(damaged)).not.toBe(original);
    }
  });

  it("names a path by a short hash that differs for different paths", () => {
    expect(nameHash("/a/dist/cli/agentcfg.cjs")).toMatch(/^[0-9a-f]{8}$/);
    expect(nameHash("/a/dist/cli/agentcfg.cjs")).toBe(nameHash("/a/dist/cli/agentcfg.cjs"));
    expect(nameHash("/a/dist/cli/agentcfg.cjs")).not.toBe(nameHash("/b/dist/cli/agentcfg.cjs"));
  });
});
