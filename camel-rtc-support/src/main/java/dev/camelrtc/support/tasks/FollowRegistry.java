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
package dev.camelrtc.support.tasks;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A component's notice board between producers and consumers: producers post the tasks they started (or a route asks
 * to follow or forget one), consumers of the same task family pick them up, including tasks posted before they
 * started. Tasks stay posted until a consumer saw them end, up to {@link #MAX_POSTED} per family.
 */
public final class FollowRegistry {

    /** Bound on remembered tasks per family, so that starts without any consumer cannot grow memory for ever. */
    public static final int MAX_POSTED = 100_000;

    /** Receives follow and forget requests for one task family. */
    public interface Listener {
        void follow(String taskId, Map<String, String> attributes);

        void unfollow(String taskId);
    }

    private final Map<String, LinkedHashMap<String, Map<String, String>>> posted = new HashMap<>();
    private final Map<String, List<Listener>> listeners = new HashMap<>();

    /** Posts a task of the family and tells the family's consumers to follow it. */
    public synchronized void follow(String family, String taskId, Map<String, String> attributes) {
        family(family).put(taskId, attributes == null ? Map.of() : Map.copyOf(attributes));
        // under the lock, so that a follow and an unfollow of one task reach every consumer in the same order
        listeners.getOrDefault(family, List.of()).forEach(l -> l.follow(taskId, attributes));
    }

    /** Withdraws a task and tells the family's consumers to stop following it. */
    public synchronized void unfollow(String family, String taskId) {
        family(family).remove(taskId);
        listeners.getOrDefault(family, List.of()).forEach(l -> l.unfollow(taskId));
    }

    /** A consumer saw the task end: it no longer needs to be posted. */
    public synchronized void ended(String family, String taskId) {
        family(family).remove(taskId);
    }

    /** Registers a consumer of the family and returns the tasks posted so far. */
    public synchronized Map<String, Map<String, String>> subscribe(String family, Listener listener) {
        listeners.computeIfAbsent(family, f -> new CopyOnWriteArrayList<>()).add(listener);
        return new LinkedHashMap<>(family(family));
    }

    public synchronized void unsubscribe(String family, Listener listener) {
        List<Listener> list = listeners.get(family);
        if (list != null) {
            list.remove(listener);
        }
    }

    private LinkedHashMap<String, Map<String, String>> family(String family) {
        return posted.computeIfAbsent(family, f -> new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
                return size() > MAX_POSTED;
            }
        });
    }
}
