// A minimal SMTP server for tests: just enough of RFC 5321 for nodemailer to deliver one
// message over plain TCP (it offers no STARTTLS), recording what arrived so a test can prove
// the SMTP path really sends, with no mail server installed. With `rejectAuth` it offers AUTH
// and refuses every login, for testing how a failure is reported.
import net from "node:net";

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The DATA section as sent: headers, blank line, body (dot-stuffing not undone). */
  data: string;
}

export interface FakeSmtpOptions {
  rejectAuth?: boolean;
}

export interface FakeSmtpServer {
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
}

function handleSession(socket: net.Socket, received: ReceivedMail[], options: FakeSmtpOptions): void {
  let buffer = "";
  let inData = false;
  let current: ReceivedMail = { from: "", to: [], data: "" };
  const reply = (line: string): void => void socket.write(`${line}\r\n`);

  const address = (line: string) => /<([^>]*)>/.exec(line)?.[1] ?? "";
  const command = (line: string) => {
    switch (line.slice(0, 4).toUpperCase()) {
      case "EHLO":
      case "HELO":
        return reply(options.rejectAuth ? "250-fake-smtp\r\n250 AUTH PLAIN LOGIN" : "250 fake-smtp");
      case "AUTH":
        return reply("535 5.7.8 Authentication credentials invalid");
      case "MAIL":
        current = { from: address(line), to: [], data: "" };
        return reply("250 OK");
      case "RCPT":
        current.to.push(address(line));
        return reply("250 OK");
      case "DATA":
        inData = true;
        return reply("354 End data with <CR><LF>.<CR><LF>");
      case "RSET":
      case "NOOP":
        return reply("250 OK");
      case "QUIT":
        reply("221 Bye");
        socket.end();
        return;
      default:
        return reply("502 Command not implemented");
    }
  };

  socket.setEncoding("utf8");
  socket.on("error", () => {});
  socket.on("data", (chunk: string) => {
    buffer += chunk;
    for (;;) {
      if (inData) {
        const end = buffer.indexOf("\r\n.\r\n");
        if (end === -1) return;
        current.data = buffer.slice(0, end);
        received.push(current);
        buffer = buffer.slice(end + 5);
        inData = false;
        reply("250 OK: queued");
        continue;
      }
      const newline = buffer.indexOf("\r\n");
      if (newline === -1) return;
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 2);
      command(line);
    }
  });
  reply("220 fake-smtp ESMTP");
}

/** Listens on 127.0.0.1 on a port the OS picks. */
export async function startFakeSmtpServer(options: FakeSmtpOptions = {}): Promise<FakeSmtpServer> {
  const received: ReceivedMail[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    handleSession(socket, received, options);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("fake SMTP server has no port");
  return {
    port: address.port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
