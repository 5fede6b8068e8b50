/**
 * A cable between a client and a server on 127.0.0.1 that a test can pull out and plug back in: `down()`
 * refuses new connections and cuts the open ones (a long-poll included), `up()` listens again on the same
 * port. The server itself keeps running, so its sessions stay valid: this is the network going away.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  port: number;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((done, fail) => {
      const s = createServer((client) => {
        const upstream = connect(targetPort, '127.0.0.1');
        for (const socket of [client, upstream]) {
          open.add(socket);
          socket.on('close', () => open.delete(socket));
          socket.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      s.once('error', fail);
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as { port: number }).port;
        server = s;
        done();
      });
    });
  const down = () =>
    new Promise<void>((done) => {
      const s = server;
      server = null;
      for (const socket of open) socket.destroy();
      if (!s) return done();
      s.close(() => done());
    });
  await listen();
  return { port, down, up: listen, close: down };
}
