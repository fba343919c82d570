// Gives the built index.html a strict Content-Security-Policy (run by post-build.mjs, once
// every inline script is in place). Only the app's own files may load; the inline scripts (the
// choice and start of the build, whose content changes with every build, and the first
// screen's) are allowed by their hashes; wasm may be compiled, nothing else evaluated.
import { createHash } from 'node:crypto';

/** `html` with its Content-Security-Policy. */
export function withPolicy(html) {
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
  const policy = [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')} 'wasm-unsafe-eval'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  if (html.includes('Content-Security-Policy')) throw new Error('index.html already has a Content-Security-Policy');
  console.log(`csp: ${inline.length} inline script(s) allowed by hash`);
  return html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
}
