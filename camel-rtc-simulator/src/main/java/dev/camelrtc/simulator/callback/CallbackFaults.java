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

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Queue of faults for the next pushed callbacks. {@code inject("903", CallbackFault.duplicate(), 2)} makes the next
 * two TRTC 903 events arrive twice. The event selector is a TRTC {@code EventType} ({@code "901"}, {@code "1403"}, …),
 * {@link #ALIYUN_RESULT} for Alibaba RtcAsr results, or {@link #ANY_EVENT}. Faults are consumed in injection order,
 * at most one per event. Thread-safe.
 */
public final class CallbackFaults {

    /** Matches every pushed event. */
    public static final String ANY_EVENT = "*";
    /** Selects Alibaba RtcAsr result callbacks. */
    public static final String ALIYUN_RESULT = "RtcAsrResult";

    private static final class Entry {
        final String event;
        final CallbackFault fault;
        int remaining;

        Entry(String event, CallbackFault fault, int remaining) {
            this.event = event;
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Applies {@code fault} to the next {@code times} events matching {@code event}. */
    public synchronized CallbackFaults inject(String event, CallbackFault fault, int times) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(fault, "fault");
        if (event.isBlank()) {
            throw new IllegalArgumentException("event must be an EventType, \"" + ALIYUN_RESULT + "\" or \"*\"");
        }
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        entries.add(new Entry(event, fault, times));
        return this;
    }

    /** Applies {@code fault} to the next event matching {@code event}. */
    public CallbackFaults inject(String event, CallbackFault fault) {
        return inject(event, fault, 1);
    }

    public synchronized void clear() {
        entries.clear();
    }

    /** Number of events that will still be faulted. */
    public synchronized int pending() {
        long sum = entries.stream().mapToLong(e -> e.remaining).sum();
        return (int) Math.min(sum, Integer.MAX_VALUE);
    }

    /** Takes the fault for one event, or null. */
    synchronized CallbackFault next(String event) {
        for (Iterator<Entry> it = entries.iterator(); it.hasNext();) {
            Entry e = it.next();
            if (e.event.equals(ANY_EVENT) || e.event.equals(event)) {
                if (--e.remaining <= 0) {
                    it.remove();
                }
                return e.fault;
            }
        }
        return null;
    }
}
