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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import org.apache.camel.spi.StateRepository;

import dev.camelrtc.support.json.Json;

/**
 * Keeps a consumer's followed tasks in a Camel {@link StateRepository} (e.g. {@code FileStateRepository}) under one
 * key, as JSON: {@code {"taskId":{"s":"InProgress","a":{"SdkAppId":"1400000000"}}}}.
 */
public final class StateRepositoryTaskStore implements TaskStore {

    private static final TypeReference<LinkedHashMap<String, Entry>> TYPE = new TypeReference<>() {
    };

    /** JSON shape of one task; short names keep the stored state small for thousands of tasks. */
    public record Entry(String s, Map<String, String> a) {
    }

    private final StateRepository<String, String> repository;
    private final Supplier<String> keySupplier;

    public StateRepositoryTaskStore(StateRepository<String, String> repository, String key) {
        this(repository, () -> key);
    }

    /** With a key known only once the consumer starts (it may contain the route id). */
    public StateRepositoryTaskStore(StateRepository<String, String> repository,
                                    Supplier<String> key) {
        this.repository = repository;
        this.keySupplier = key;
    }

    @Override
    public List<StoredTask> load() {
        String key = keySupplier.get();
        String json = repository.getState(key);
        List<StoredTask> tasks = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return tasks;
        }
        try {
            Json.MAPPER.readValue(json, TYPE).forEach((id, e) -> tasks.add(new StoredTask(id, e.s(),
                    e.a() == null ? Map.of() : e.a())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The state stored under '" + key + "' is not a task list: "
                    + e.getOriginalMessage(), e);
        }
        return tasks;
    }

    @Override
    public void save(List<StoredTask> tasks) {
        String key = keySupplier.get();
        Map<String, Entry> map = new LinkedHashMap<>();
        for (StoredTask task : tasks) {
            map.put(task.taskId(), new Entry(task.deliveredStatus(),
                    task.attributes().isEmpty() ? null : task.attributes()));
        }
        try {
            repository.setState(key, Json.MAPPER.writeValueAsString(map));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the followed tasks under '" + key + "'", e);
        }
    }
}
