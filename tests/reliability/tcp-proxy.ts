// A TCP proxy the test controls, standing between the app and PostgreSQL, to
// simulate a database restart without restarting the shared cluster: `down()`
// cuts every connection and stops listening (new connections are refused),
// `up()` listens again on the same port.
import { createServer, connect, type Server, type Socket } from "node:net";

export class TcpProxy {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  port = 0;
  connections = 0;

  constructor(private target: { host: string; port: number }) {}

  private handle = (client: Socket) => {
    this.connections++;
    const upstream = connect(this.target.port, this.target.host);
    for (const s of [client, upstream]) {
      this.sockets.add(s);
      s.on("close", () => this.sockets.delete(s));
      s.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  };

  async up(): Promise<number> {
    const server = createServer(this.handle);
    await new Promise<void>((resolve, reject) => server.once("error", reject).listen(this.port, "127.0.0.1", resolve));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
    return this.port;
  }

  /** Drop every open connection and refuse new ones until `up()`. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    const closed = server ? new Promise((resolve) => server.close(resolve)) : Promise.resolve();
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await closed;
  }
}
