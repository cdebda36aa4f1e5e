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

import java.util.List;
import java.util.Map;

/**
 * The follow requests of every instance of an application, in a store they share (a database): producers post the
 * tasks they start (and routes their follow and unfollow requests) for their task family, and the polling consumer of
 * whichever instance leads reads the requests posted since its last read. A task's request stays until a consumer
 * delivered its end (or applied its unfollow). The shared counterpart of {@link FollowRegistry}'s board in memory,
 * which only the producers of one CamelContext reach. A board is also its consumers' {@link TaskStore}, so that an
 * end's withdrawal and the removal of the ended task are one change. Implementations are thread-safe.
 */
public interface FollowBoard extends TaskStore {

    /**
     * A task to follow (with what the describe call needs) or to forget; version tells this request from a later one
     * for the same task.
     */
    record Request(String taskId, boolean follow, Map<String, String> attributes, long version) {
    }

    /**
     * The requests read, and the cursor to read the next ones with: every request posted later, or not yet visible
     * to this read, comes with the next read from that cursor (some may come again; following twice is harmless).
     */
    record Page(List<Request> requests, long cursor) {
    }

    /** Posts a request for the family's consumers, replacing an earlier request for the same task. */
    void post(String family, String taskId, boolean follow, Map<String, String> attributes);

    /** The family's requests from the cursor on; 0 reads them all. */
    Page read(String family, long cursor);

    /**
     * Withdraws the task's request of that version (its unfollow was applied); a later request for the task, posted
     * meanwhile by another instance, stays.
     */
    void withdraw(String family, String taskId, long version);

    /**
     * Withdraws the task's request of that version and removes the task from the consumer's tasks under the store key,
     * both or neither (its end was delivered, or its unfollow applied): a leader taking over then either follows the
     * task from its stored state or not at all.
     */
    void withdrawAndRemove(String family, String taskId, long version, String storeKey);
}
