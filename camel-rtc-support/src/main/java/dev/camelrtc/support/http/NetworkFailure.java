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
package dev.camelrtc.support.http;

import java.io.IOException;
import java.net.URI;

/**
 * A call that got no reply: where it went, what the JVM said, and whether the request may have reached the cloud
 * (only a failure to connect proves it did not).
 */
public final class NetworkFailure extends IOException {

    private static final long serialVersionUID = 1L;

    private final boolean requestSent;

    public NetworkFailure(URI endpoint, Throwable cause, boolean requestSent) {
        super("no response from " + endpoint + " (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")", cause);
        this.requestSent = requestSent;
    }

    /** False when the failure proves the request never left: the cloud cannot have acted on it. */
    public boolean mayHaveBeenSent() {
        return requestSent;
    }
}
