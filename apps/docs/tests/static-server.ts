/**
 * A tiny static server for the built site, the way a plain web host serves it: `/job` is `job.html`,
 * `/ko/` is `ko/index.html`, anything else is the 404 page of its locale; text is sent gzipped to clients that
 * accept it. Listens on 127.0.0.1 only.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, "");
  const base = join(root, clean);
  if (!base.startsWith(root)) return undefined;
  for (const candidate of [base, `${base}.html`, join(base, "index.html")]) {
    if (await isFile(candidate)) return candidate;
  }
  return undefined;
}

/** Text types a web host compresses; Lighthouse's simulated network counts the bytes sent, as a real one does. */
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".svg", ".xml", ".txt"]);
const gzipped = new Map<string, Buffer>();

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://127.0.0.1");
    const file = await resolveFile(root, pathname);
    const status = file ? 200 : 404;
    // Each locale has its own 404 page (the Korean one under ko/), as a host configured per locale serves it.
    const localized = join(root, "ko", "404.html");
    const path =
      file ??
      (/^\/ko(\/|$)/.test(pathname) && (await isFile(localized)) ? localized : join(root, "404.html"));
    try {
      const body = await readFile(path);
      const headers: Record<string, string> = {
        "content-type": TYPES[extname(path)] ?? "application/octet-stream",
        vary: "accept-encoding",
      };
      const accepts = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
      if (accepts && COMPRESSIBLE.has(extname(path))) {
        let packed = gzipped.get(path);
        if (!packed) {
          packed = gzipSync(body);
          gzipped.set(path, packed);
        }
        response.writeHead(status, { ...headers, "content-encoding": "gzip" });
        response.end(packed);
        return;
      }
      response.writeHead(status, headers);
      response.end(body);
    } catch {
      response.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
