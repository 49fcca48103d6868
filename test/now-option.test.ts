/**
 * @fileoverview `--now` (compile, explain, inspect): which texts are an instant, which
 * are refused, and the one sentence a refusal prints.
 */
import { describe, expect, it } from "vitest";
import { nowOptionProblem, parseNowOption } from "../src/cli/now-option.js";

describe("parseNowOption", () => {
  it.each([
    ["2026-04-13T14:01:00Z", Date.UTC(2026, 3, 13, 14, 1, 0)],
    ["2026-04-13T14:01Z", Date.UTC(2026, 3, 13, 14, 1, 0)],
    ["2026-04-13T14:01:00.250Z", Date.UTC(2026, 3, 13, 14, 1, 0, 250)],
    ["2026-04-13T16:01:00+02:00", Date.UTC(2026, 3, 13, 14, 1, 0)],
    ["2026-04-13T09:01:00-05:00", Date.UTC(2026, 3, 13, 14, 1, 0)],
    ["  2026-04-13T14:01:00Z  ", Date.UTC(2026, 3, 13, 14, 1, 0)],
  ])("takes %j as an instant", (text, expected) => {
    expect(parseNowOption(text)).toBe(expected);
  });

  it.each([
    ["a bare date (would shift by the time zone)", "2026-04-13"],
    ["a local time without a zone", "2026-04-13T14:01:00"],
    ["a word", "yesterday"],
    ["a date Date.parse alone would take", "Mon, 13 Apr 2026 14:01:00 GMT"],
    ["an impossible month", "2026-13-01T00:00:00Z"],
    ["epoch milliseconds", "1776088860000"],
    ["nothing", ""],
  ])("refuses %s", (_label, text) => {
    expect(parseNowOption(text)).toBe("invalid");
  });

  it("is undefined when the option is not given", () => {
    expect(parseNowOption(undefined)).toBeUndefined();
  });

  it("words a refusal once, naming what was given and what to give", () => {
    expect(nowOptionProblem("tomorrow")).toBe('--now expects an ISO date-time with a time zone, e.g. 2026-04-13T14:01:00Z; got "tomorrow".');
  });
});
