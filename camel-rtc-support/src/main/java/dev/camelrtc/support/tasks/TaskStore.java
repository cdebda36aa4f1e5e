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
 * Where task consumers keep the tasks they follow and the last status each delivered, so that a restarted consumer,
 * or another instance taking over, continues where the last one stopped. Each consumer's tasks are under its own key;
 * every write concerns one task, so that a store on a database makes each task's change atomic on its own (one row
 * per task, see {@code JdbcStateRepository}). Implementations are thread-safe.
 */
public interface TaskStore {

    /** A followed task: its id, the status last delivered (null: none yet) and what the describe call needs. */
    record StoredTask(String taskId, String deliveredStatus, Map<String, String> attributes) {
    }

    /** The tasks stored under the key, in no particular order. */
    List<StoredTask> load(String key);

    /**
     * Records a followed task, replacing what was stored for it; a null delivered status does not replace a stored
     * one (following a task again must not forget what was delivered for it).
     */
    void put(String key, StoredTask task);

    /** Forgets a task that is no longer followed; nothing happens when it is not stored. */
    void remove(String key, String taskId);

    /** Writes what the store buffered for the key; the consumer calls it after each poll and when it stops. */
    default void flush(String key) {
    }
}
