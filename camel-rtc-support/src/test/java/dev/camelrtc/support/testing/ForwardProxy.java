/*
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with
 * the License. You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on
 * an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the
 * specific language governing permissions and limitations under the License.
 */
package dev.camelrtc.support.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP forward proxy on loopback, for tests of the proxy options: it forwards absolute-URI requests
 * ({@code POST http://127.0.0.1:port/ HTTP/1.1}, what a client sends a proxy for an http:// target) and tunnels
 * {@code CONNECT host:port} (for https:// targets). Built with a user and password, it answers requests without
 * the right {@code Proxy-Authorization: Basic} with 407 and a {@code Proxy-Authenticate: Basic} challenge. It counts
 * what it forwarded, tunnelled and refused, and keeps every forwarded request (request line, headers, body).
 */
public final class ForwardProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String expectedAuthorization;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "forward-proxy");
        t.setDaemon(true);
        return t;
    });
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger forwarded = new AtomicInteger();
    private final AtomicInteger tunnelled = new AtomicInteger();
    private final AtomicInteger challenged = new AtomicInteger();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private ForwardProxy(String username, String password) throws IOException {
        this.expectedAuthorization = username == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                        .getBytes(StandardCharsets.UTF_8));
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        threads.execute(this::accept);
    }

    /** A proxy that lets every request through. */
    public static ForwardProxy open() throws IOException {
        return new ForwardProxy(null, null);
    }

    /** A proxy that requires Basic authentication with this user and password. */
    public static ForwardProxy withBasicAuth(String username, String password) throws IOException {
        return new ForwardProxy(username, password);
    }

    public String host() {
        return server.getInetAddress().getHostAddress();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Requests forwarded to their target (authorized ones only). */
    public int forwarded() {
        return forwarded.get();
    }

    /** CONNECT tunnels opened (authorized ones only). */
    public int tunnelled() {
        return tunnelled.get();
    }

    /** Requests answered 407 for missing or wrong credentials. */
    public int challenged() {
        return challenged.get();
    }

    /** Every forwarded request as text (request line, headers, a blank line, the body), in order. */
    public List<String> forwardedRequests() {
        return List.copyOf(requests);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                threads.execute(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                List<String> head = readHead(in);
                if (head == null) {
                    return;
                }
                String[] requestLine = head.get(0).split(" ");
                byte[] body = in.readNBytes(contentLength(head));
                if (expectedAuthorization != null && !expectedAuthorization.equals(header(head,
                        "proxy-authorization"))) {
                    challenged.incrementAndGet();
                    out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\""
                               + "\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    continue;
                }
                if ("CONNECT".equals(requestLine[0])) {
                    tunnel(client, requestLine[1]);
                    return;
                }
                forward(head, requestLine, body, out);
                return; // the forwarded reply says Connection: close
            }
        } catch (IOException e) {
            // the client or the target went away: nothing to count
        }
    }

    private void forward(List<String> head, String[] requestLine, byte[] body, OutputStream out) throws IOException {
        URI target = URI.create(requestLine[1]);
        requests.add(String.join("\n", head) + "\n\n" + new String(body, StandardCharsets.UTF_8));
        forwarded.incrementAndGet();
        StringBuilder request = new StringBuilder(requestLine[0]).append(' ').append(target.getRawPath().isEmpty()
                ? "/" : target.getRawPath()).append(target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                .append(' ').append(requestLine[2]).append("\r\n");
        for (String line : head.subList(1, head.size())) {
            String name = line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT);
            if (!name.startsWith("proxy-") && !name.equals("connection") && !name.equals("keep-alive")) {
                request.append(line).append("\r\n");
            }
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket upstream = new Socket(target.getHost(), target.getPort())) {
            OutputStream up = upstream.getOutputStream();
            up.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            up.write(body);
            up.flush();
            InputStream down = upstream.getInputStream();
            List<String> replyHead = readHead(down);
            if (replyHead == null) {
                return;
            }
            StringBuilder reply = new StringBuilder();
            for (String line : replyHead) {
                if (!line.toLowerCase(Locale.ROOT).startsWith("connection:")) {
                    reply.append(line).append("\r\n");
                }
            }
            reply.append("Connection: close\r\n\r\n");
            out.write(reply.toString().getBytes(StandardCharsets.ISO_8859_1));
            down.transferTo(out);
            out.flush();
        }
    }

    private void tunnel(Socket client, String authority) throws IOException {
        URI target = URI.create("tcp://" + authority);
        try (Socket upstream = new Socket(target.getHost(), target.getPort())) {
            tunnelled.incrementAndGet();
            client.getOutputStream().write("HTTP/1.1 200 Connection established\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            client.getOutputStream().flush();
            threads.execute(() -> pipe(upstream, client));
            pipe(client, upstream);
        }
    }

    private static void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // one side closed
        } finally {
            try {
                to.shutdownOutput();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    /** The request or status line and header lines, or null at the end of the stream. */
    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
                line.reset();
                if (text.isEmpty()) {
                    if (lines.isEmpty()) {
                        continue;
                    }
                    return lines;
                }
                lines.add(text);
            } else {
                line.write(b);
            }
        }
        return null;
    }

    private static String header(List<String> head, String name) {
        for (String line : head.subList(1, head.size())) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    private static int contentLength(List<String> head) {
        String value = header(head, "content-length");
        return value == null ? 0 : Integer.parseInt(value);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (SocketException ignored) {
                // closed already
            }
        }
        threads.shutdownNow();
    }
}
