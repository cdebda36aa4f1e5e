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

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortsTest {

    @Test
    void aClosedPortRefusesConnectionsAndCannotBeTakenWhileHeld() throws Exception {
        try (Ports.ClosedPort closed = Ports.closed()) {
            InetAddress loopback = InetAddress.getLoopbackAddress();
            assertThatThrownBy(() -> new Socket(loopback, closed.port()).close())
                    .isInstanceOf(ConnectException.class);
            assertThatThrownBy(() -> new ServerSocket(closed.port(), 50, loopback).close())
                    .hasMessageContaining("in use");
        }
    }
}
