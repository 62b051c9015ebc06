import net from "node:net";

/**
 * A TCP forwarder on a loopback port that a test can switch off and on, to play a database that goes
 * away and comes back without touching the real server (which other tests share).
 */
export interface TcpProxy {
  port: number;
  /** Stops listening and cuts every open connection, as a crashed database would. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

/** Starts forwarding a free loopback port to `host:port`. */
export async function startTcpProxy(host: string, port: number): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };
  const server = net.createServer((incoming) => {
    const outgoing = net.connect(port, host);
    track(incoming);
    track(outgoing);
    incoming.pipe(outgoing).pipe(incoming);
    incoming.on("close", () => outgoing.destroy());
    outgoing.on("close", () => incoming.destroy());
  });
  let listenPort = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server.listen(listenPort, "127.0.0.1", () => {
        listenPort = (server.address() as net.AddressInfo).port;
        resolve();
      });
    });
  await listen();
  return {
    port: listenPort,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
    start: listen,
  };
}

/** A server that accepts connections and never says a word: a database that hangs. */
export async function startSilentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
