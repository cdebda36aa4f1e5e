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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** What a callbacks consumer did with the requests it received, for its getters and the dev console. */
public final class CallbackCounts {

    private final LongAdder routed = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder filtered = new LongAdder();
    private final LongAdder badSignature = new LongAdder();
    private final LongAdder malformed = new LongAdder();
    private final LongAdder endedByPolling = new LongAdder();
    private final LongAdder inProgressElsewhere = new LongAdder();

    void routed() {
        routed.increment();
    }

    void failed() {
        failed.increment();
    }

    void duplicate() {
        duplicates.increment();
    }

    void filtered() {
        filtered.increment();
    }

    void badSignature() {
        badSignature.increment();
    }

    void malformed() {
        malformed.increment();
    }

    void endedByPolling() {
        endedByPolling.increment();
    }

    void inProgressElsewhere() {
        inProgressElsewhere.increment();
    }

    /** Events the route processed (answered 200). */
    public long getRouted() {
        return routed.sum();
    }

    /** Events the route failed on (answered 500, so that the cloud delivers them again). */
    public long getFailed() {
        return failed.sum();
    }

    /** Events already processed, answered 200 without routing. */
    public long getDuplicates() {
        return duplicates.sum();
    }

    /** Events the endpoint's filter leaves out (e.g. TRTC's eventTypes option), answered 200 without routing. */
    public long getFiltered() {
        return filtered.sum();
    }

    /** Requests whose signature is missing, wrong or stale (answered 401, never routed). */
    public long getRejectedSignatures() {
        return badSignature.sum();
    }

    /** Correctly signed requests whose body is not a JSON object (answered 400). */
    public long getMalformed() {
        return malformed.sum();
    }

    /** Task ends a polling consumer of the context delivered first, answered 200 without routing. */
    public long getEndedByPolling() {
        return endedByPolling.sum();
    }

    /** Events another instance was routing (its key in the inProgressRepository), answered 503, not routed. */
    public long getInProgressElsewhere() {
        return inProgressElsewhere.sum();
    }

    public Map<String, Long> asMap() {
        Map<String, Long> map = new LinkedHashMap<>();
        map.put("routed", getRouted());
        map.put("failed", getFailed());
        map.put("duplicates", getDuplicates());
        map.put("filtered", getFiltered());
        map.put("rejectedSignatures", getRejectedSignatures());
        map.put("malformed", getMalformed());
        map.put("endedByPolling", getEndedByPolling());
        map.put("inProgressElsewhere", getInProgressElsewhere());
        return map;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
