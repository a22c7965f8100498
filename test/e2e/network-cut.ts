import { createServer, request, type Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * A pass-through HTTP proxy to a server, whose network a test can cut and restore: cutting resets every open
 * connection (a live feed included) and every new one, as a dropped network would.
 */
export async function networkCut(target: string, port: number) {
  const upstream = new URL(target);
  const sockets = new Set<Socket>();
  let cut = false;
  const server: Server = createServer((incoming, outgoing) => {
    if (cut) return incoming.socket.destroy();
    const forwarded = request(
      { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, host: upstream.host } },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.destroy());
    incoming.pipe(forwarded);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, 'localhost', resolve));
  return {
    url: `http://localhost:${port}`,
    cut() {
      cut = true;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      cut = false;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
