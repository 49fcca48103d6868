/**
 * @fileoverview Who may talk to the inspector: a peer on a loopback address (127.0.0.0/8,
 * ::1, or 127.x mapped into IPv6), asking for a loopback host name. The socket's remote
 * address is checked, not a header, so nothing on the network can get in even if the server
 * were bound more widely; the Host check keeps a web page elsewhere from reaching it through
 * DNS rebinding.
 */
import { isIPv4 } from "node:net";

/** True for 127.0.0.0/8, ::1 and ::ffff:127.x.y.z. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const lower = address.toLowerCase();
  if (lower === "::1" || lower === "0:0:0:0:0:0:0:1") return true;
  const v4 = lower.startsWith("::ffff:") ? lower.slice("::ffff:".length) : lower;
  return isIPv4(v4) && v4.startsWith("127.");
}

/** True when the Host header names a loopback host (with any port): `127.0.0.1`, `localhost`, `[::1]`. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const lower = host.trim().toLowerCase();
  const name = lower.startsWith("[") ? lower.slice(1, lower.indexOf("]")) : lower.replace(/:\d+$/, "");
  return name === "localhost" || isLoopbackAddress(name);
}
