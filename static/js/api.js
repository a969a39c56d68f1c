// @ts-check
// The one helper pages use to talk to the API. Errors carry the API's code and message.

export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message
   * @param {unknown[]} [issues]
   */
  constructor(status, code, message, issues) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = issues ?? [];
  }
}

// Server clock minus this device's clock. The Date header has one-second resolution, so only a
// skew larger than that is trusted; timers then follow the server, which grades the answers.
let skewMs = 0;

/** The server's idea of now, in epoch milliseconds. */
export function serverNow() {
  return Date.now() + skewMs;
}

/**
 * @param {string} method
 * @param {string} path
 * @param {{ body?: unknown, token?: string }} [options]
 * @returns {Promise<any>}
 */
export async function api(method, path, options = {}) {
  /** @type {Record<string, string>} */
  const headers = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let res;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'network', 'The connection failed. Check your network and try again.');
  }
  const date = Date.parse(res.headers.get('date') ?? '');
  if (Number.isFinite(date)) {
    const skew = date - Date.now();
    skewMs = Math.abs(skew) > 1500 ? skew + 500 : 0;
  }
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    const err = data?.error;
    throw new ApiError(res.status, err?.code ?? 'error', err?.message ?? `The server answered ${res.status}.`, err?.issues);
  }
  return data;
}
