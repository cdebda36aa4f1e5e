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
package dev.camelrtc.support.ops;

import java.util.Map;
import java.util.TreeMap;

import org.apache.camel.Endpoint;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

import dev.camelrtc.support.tasks.TaskPollingConsumer;

/**
 * Dev console of a component's task consumers: per route, the tasks it follows and the last status it delivered.
 * Option {@code limit} caps the tasks listed per consumer (default 100).
 */
public abstract class TaskConsole extends RouteConsumersConsole<TaskPollingConsumer> {

    protected TaskConsole(String id, String displayName, String description, Class<? extends Endpoint> endpointType) {
        super(id, displayName, description, TaskPollingConsumer.class, endpointType);
    }

    private static int limit(Map<String, Object> options) {
        Object limit = options.get("limit");
        return limit == null ? 100 : Integer.parseInt(limit.toString());
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder sb = new StringBuilder();
        consumers().forEach((routeId, consumer) -> {
            Map<String, String> tasks = new TreeMap<>(consumer.tracker().deliveredStatuses());
            sb.append(String.format("Route: %s (%s), following %d task(s)%n", routeId,
                    URISupport.sanitizeUri(consumer.getEndpoint().getEndpointUri()), tasks.size()));
            tasks.entrySet().stream().limit(limit(options)).forEach(task -> sb.append(String.format("    %s: %s%n",
                    task.getKey(), task.getValue() == null ? "(not seen yet)" : task.getValue())));
        });
        return sb.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        JsonArray list = new JsonArray();
        consumers().forEach((routeId, consumer) -> {
            Map<String, String> tasks = new TreeMap<>(consumer.tracker().deliveredStatuses());
            JsonObject jo = new JsonObject();
            jo.put("routeId", routeId);
            jo.put("uri", URISupport.sanitizeUri(consumer.getEndpoint().getEndpointUri()));
            jo.put("followed", tasks.size());
            JsonArray arr = new JsonArray();
            tasks.entrySet().stream().limit(limit(options)).forEach(task -> {
                JsonObject t = new JsonObject();
                t.put("taskId", task.getKey());
                t.put("status", task.getValue());
                arr.add(t);
            });
            jo.put("tasks", arr);
            list.add(jo);
        });
        root.put("consumers", list);
        return root;
    }
}
