/**
 * The playground's shareable state lives in the URL hash (`#v=1.31&spec=...`), so a link carries the spec and no
 * server is involved. The spec is UTF-8 text in base64url, which survives chat apps and Korean comments alike.
 */
export interface SharedState {
  readonly spec: string;
  readonly version: string | undefined;
}

export function encodeText(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decodeText(encoded: string): string | undefined {
  try {
    const base64 = encoded.replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function toHash(state: SharedState): string {
  const params = new URLSearchParams();
  if (state.version) params.set("v", state.version);
  params.set("spec", encodeText(state.spec));
  return `#${params.toString()}`;
}

/** Reads a hash written by `toHash`; undefined when it holds no spec (or a damaged one). */
export function fromHash(hash: string): SharedState | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const encoded = params.get("spec");
  if (!encoded) return undefined;
  const spec = decodeText(encoded);
  if (spec === undefined) return undefined;
  return { spec, version: params.get("v") ?? undefined };
}
