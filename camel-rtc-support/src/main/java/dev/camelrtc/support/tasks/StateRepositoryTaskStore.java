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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import org.apache.camel.spi.StateRepository;

import dev.camelrtc.support.json.Json;

/**
 * Keeps each consumer's followed tasks in a Camel {@link StateRepository} (e.g. {@code FileStateRepository}) as one
 * JSON value per key: {@code {"taskId":{"s":"InProgress","a":{"SdkAppId":"1400000000"}}}}. A value holds all tasks
 * of its key, so changes are gathered in memory and written once per {@link #flush}; one instance writes a key.
 */
public final class StateRepositoryTaskStore implements TaskStore {

    private static final TypeReference<LinkedHashMap<String, Entry>> TYPE = new TypeReference<>() {
    };

    /** JSON shape of one task; short names keep the stored state small for thousands of tasks. */
    public record Entry(String s, Map<String, String> a) {
    }

    private final StateRepository<String, String> repository;
    private final Map<String, LinkedHashMap<String, Entry>> tasksByKey = new HashMap<>();
    private final Set<String> changedKeys = new HashSet<>();

    public StateRepositoryTaskStore(StateRepository<String, String> repository) {
        this.repository = repository;
    }

    @Override
    public synchronized List<StoredTask> load(String key) {
        List<StoredTask> tasks = new ArrayList<>();
        tasks(key).forEach((id, e) -> tasks.add(new StoredTask(id, e.s(), e.a() == null ? Map.of() : e.a())));
        return tasks;
    }

    @Override
    public synchronized void put(String key, StoredTask task) {
        Map<String, Entry> tasks = tasks(key);
        Entry stored = tasks.get(task.taskId());
        String status = task.deliveredStatus() == null && stored != null ? stored.s() : task.deliveredStatus();
        tasks.put(task.taskId(), new Entry(status, task.attributes().isEmpty() ? null : task.attributes()));
        changedKeys.add(key);
    }

    @Override
    public synchronized void remove(String key, String taskId) {
        if (tasks(key).remove(taskId) != null) {
            changedKeys.add(key);
        }
    }

    @Override
    public synchronized void flush(String key) {
        if (!changedKeys.contains(key)) {
            return;
        }
        try {
            repository.setState(key, Json.MAPPER.writeValueAsString(tasks(key)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the followed tasks under '" + key + "'", e);
        }
        changedKeys.remove(key);
    }

    /** The key's tasks, read from the repository the first time. */
    private LinkedHashMap<String, Entry> tasks(String key) {
        return tasksByKey.computeIfAbsent(key, this::read);
    }

    private LinkedHashMap<String, Entry> read(String key) {
        String json = repository.getState(key);
        if (json == null || json.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return Json.MAPPER.readValue(json, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The state stored under '" + key + "' is not a task list: "
                    + e.getOriginalMessage(), e);
        }
    }
}
