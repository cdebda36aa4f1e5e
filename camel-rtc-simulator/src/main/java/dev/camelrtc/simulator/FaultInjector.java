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
package dev.camelrtc.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Queue of faults for the next calls of an action. {@code inject("StartAITranscription", Fault.dropConnection(), 2)}
 * makes the next two StartAITranscription calls fail that way; the action {@code "*"} matches every action of both
 * vendors. Faults are consumed in the order they were injected; a call consumes at most one fault. Thread-safe.
 */
public final class FaultInjector {

    /** Matches any action. */
    public static final String ANY_ACTION = "*";

    private static final class Entry {
        final String action;
        final Fault fault;
        int remaining;

        Entry(String action, Fault fault, int remaining) {
            this.action = action;
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Applies {@code fault} to the next {@code times} calls of {@code action} (an API action name, or "*"). */
    public synchronized FaultInjector inject(String action, Fault fault, int times) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(fault, "fault");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        entries.add(new Entry(action, fault, times));
        return this;
    }

    /** Applies {@code fault} to the next call of {@code action}. */
    public FaultInjector inject(String action, Fault fault) {
        return inject(action, fault, 1);
    }

    /** Removes every pending fault. */
    public synchronized void clear() {
        entries.clear();
    }

    /** Number of calls that will still be faulted (all actions); {@code Integer.MAX_VALUE} when more. */
    public synchronized int pending() {
        long sum = entries.stream().mapToLong(e -> e.remaining).sum();
        return (int) Math.min(sum, Integer.MAX_VALUE);
    }

    /** Takes the fault for one call of {@code action}, or null. Used by the server. */
    synchronized Fault next(String action) {
        for (Iterator<Entry> it = entries.iterator(); it.hasNext();) {
            Entry e = it.next();
            if (e.action.equals(ANY_ACTION) || e.action.equals(action)) {
                if (--e.remaining <= 0) {
                    it.remove();
                }
                return e.fault;
            }
        }
        return null;
    }
}
