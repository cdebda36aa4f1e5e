package dev.camelrtc.support.testing;

import java.io.IOException;
import java.net.ServerSocket;

/** Local ports for tests. */
public final class Ports {

    private Ports() {
    }

    /** A local port nothing listens on: connections to it are refused. */
    public static int closed() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
