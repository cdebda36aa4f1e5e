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
package dev.camelrtc.simulator.callback;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One pushed event as the simulator sends it: POST {@code body} to {@code url} with {@code headers}. Events with the
 * same {@code lane} (a task id) are delivered one after the other, in submission order. {@code wronglySigned} are the
 * headers of a {@link CallbackFault#wrongSignature()} attempt. {@code event} selects faults ({@link CallbackFaults}).
 */
public record OutgoingCallback(String lane, String event, URI url, Map<String, String> headers,
                               Map<String, String> wronglySigned, byte[] body) {

    /** Appended to the key (or standing for the missing key) to sign the {@code wronglySigned} headers. */
    private static final String WRONG_KEY_SUFFIX = "-not-the-key";

    /**
     * A JSON body posted with {@code headers} and {@code Content-Type: application/json}, plus the signature headers
     * {@code signature} computes with {@code key} (none when the key is null); its {@code wronglySigned} headers carry
     * a signature computed with another key.
     */
    public static OutgoingCallback json(String lane, String event, URI url, Map<String, String> headers, byte[] body,
                                        String key, Function<String, Map<String, String>> signature) {
        Map<String, String> signed = new HashMap<>(headers);
        signed.put("Content-Type", "application/json");
        Map<String, String> wrong = new HashMap<>(signed);
        if (key != null) {
            signed.putAll(signature.apply(key));
        }
        wrong.putAll(signature.apply((key == null ? "" : key) + WRONG_KEY_SUFFIX));
        return new OutgoingCallback(lane, event, url, signed, wrong, body);
    }

    public OutgoingCallback {
        headers = Map.copyOf(headers);
        wronglySigned = Map.copyOf(wronglySigned);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** Names lane, event and URL only: headers carry signatures. */
    @Override
    public String toString() {
        return "OutgoingCallback[" + event + " of " + lane + " to " + url + "]";
    }
}
