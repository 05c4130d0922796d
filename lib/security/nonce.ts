// A CSP nonce: 16 random bytes from Web Crypto (available in Node.js and the proxy), base64.

export function generateNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
