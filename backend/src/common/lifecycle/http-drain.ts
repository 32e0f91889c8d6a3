import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface DrainResult {
  /** Requests still running when the wait ended (cut, their connections destroyed). */
  cut: number;
}

export interface HttpDrain {
  /** Requests received and not answered yet. */
  requestsInFlight(): number;
  /**
   * Stops accepting connections, closes idle keep-alive ones, lets every request in flight
   * finish (its answer carries `Connection: close`), then resolves; after `timeoutMs`, cuts
   * what is left.
   */
  drain(timeoutMs: number): Promise<DrainResult>;
}

/** Follows the server's connections and requests from now on: call it before listening. */
export function trackHttpConnections(server: Server): HttpDrain {
  const inFlight = new Map<Socket, Set<ServerResponse>>();
  let draining = false;
  let settle: (() => void) | undefined;

  const requestsLeft = () => [...inFlight.values()].reduce((n, set) => n + set.size, 0);
  server.on('connection', (socket: Socket) => {
    inFlight.set(socket, new Set());
    socket.once('close', () => {
      inFlight.delete(socket);
      if (draining && requestsLeft() === 0) settle?.();
    });
  });
  server.on('request', (req, res: ServerResponse) => {
    const socket = req.socket;
    const set = inFlight.get(socket) ?? new Set();
    inFlight.set(socket, set.add(res));
    if (draining && !res.headersSent) res.setHeader('Connection', 'close');
    res.once('close', () => {
      set.delete(res);
      if (!draining) return;
      if (set.size === 0) socket.end();
      if (requestsLeft() === 0) settle?.();
    });
  });

  return {
    requestsInFlight: requestsLeft,
    drain(timeoutMs) {
      draining = true;
      return new Promise<DrainResult>((resolve) => {
        const timer = setTimeout(() => {
          const cut = requestsLeft();
          for (const socket of inFlight.keys()) socket.destroy();
          resolve({ cut });
        }, timeoutMs);
        settle = () => {
          clearTimeout(timer);
          resolve({ cut: 0 });
        };
        server.close();
        for (const [socket, set] of inFlight) {
          if (set.size === 0) socket.end();
          else for (const res of set) if (!res.headersSent) res.setHeader('Connection', 'close');
        }
        if (requestsLeft() === 0) settle();
      });
    },
  };
}
