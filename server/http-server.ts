/**
 * The HTTP server under the express app: its timeouts, and listening with a one-line error.
 *
 * Node's defaults hold a connection for a long time: a request body may trickle in for 300 s
 * (plus the 30 s check interval), so a few slow clients can pin sockets. Ours are short and
 * configurable (HTTP_*_TIMEOUT_SECONDS); a timed-out request gets 408 and is closed. An envelope
 * is at most ~100 KiB, which even a poor mobile connection sends well within the default.
 */
import { createServer, type Server } from 'node:http';
import type { Config } from './config.js';

/** How often Node checks requests against the headers and request timeouts. */
const TIMEOUT_CHECK_INTERVAL_MS = 1000;

export function createHttpServer(timeouts: Config['http']): Server {
  const server = createServer({
    headersTimeout: timeouts.headersTimeoutMs,
    requestTimeout: timeouts.requestTimeoutMs,
    connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
  });
  server.keepAliveTimeout = timeouts.keepAliveTimeoutMs;
  return server;
}

/** A start-up failure an operator can fix; its message is one line that says how. */
export class ListenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ListenError';
  }
}

/** Listen on host:port; resolves with the port (useful with PORT=0). */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(new ListenError(listenErrorMessage(e.code, port, host)));
    };
    const onListening = () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

function listenErrorMessage(code: string | undefined, port: number, host: string): string {
  switch (code) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} is already in use (another scanwitness, or another program); stop it or set PORT to a free port`;
    case 'EACCES':
      return `no permission to listen on port ${port} (ports below 1024 need privileges); use a port above 1024 behind the reverse proxy`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `HOST=${host} is not an address of this machine; use 127.0.0.1 behind a reverse proxy`;
    default:
      return `cannot listen on ${host}:${port} (${code ?? 'unknown error'})`;
  }
}
