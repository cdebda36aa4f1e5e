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

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Local ports for tests. */
public final class Ports {

    private Ports() {
    }

    /**
     * A local port nothing listens on, held until closed: connections to it are refused, and no other socket (another
     * test's server on port 0, on a machine running several builds) can take it meanwhile, as it could a port that
     * was only looked up.
     */
    public static ClosedPort closed() throws IOException {
        Socket socket = new Socket();
        socket.setReuseAddress(false);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return new ClosedPort(socket);
    }

    /** A port bound but not listening. */
    public record ClosedPort(Socket socket) implements AutoCloseable {

        public int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
