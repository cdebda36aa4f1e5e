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
package dev.camelrtc.support.callback;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one verified callback becomes: the body and headers of its exchange, and its de-duplication key. */
public final class CallbackMessage {

    private final Object body;
    private final String deduplicationKey;
    private final Map<String, Object> headers = new LinkedHashMap<>();

    /**
     * @param body             the exchange's body
     * @param deduplicationKey what identifies the event among the cloud's redeliveries; null: not de-duplicated
     */
    public CallbackMessage(Object body, String deduplicationKey) {
        this.body = body;
        this.deduplicationKey = deduplicationKey;
    }

    /** Adds a header unless the value is null. */
    public CallbackMessage header(String name, Object value) {
        if (value != null) {
            headers.put(name, value);
        }
        return this;
    }

    public Object body() {
        return body;
    }

    public String deduplicationKey() {
        return deduplicationKey;
    }

    public Map<String, Object> headers() {
        return Collections.unmodifiableMap(headers);
    }
}
