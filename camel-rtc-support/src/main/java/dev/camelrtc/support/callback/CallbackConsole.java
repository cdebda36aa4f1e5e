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

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

import dev.camelrtc.support.ops.RouteConsumersConsole;

/** Dev console of a component's callbacks consumers: per route, its path and what it did with the requests. */
public abstract class CallbackConsole extends RouteConsumersConsole<CallbackConsumerSupport> {

    protected CallbackConsole(String id, String displayName, String description, Class<? extends Endpoint> endpointType) {
        super(id, displayName, description, CallbackConsumerSupport.class, endpointType);
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder sb = new StringBuilder();
        consumers().forEach((routeId, consumer) -> sb.append(String.format("Route: %s, path %s: %s%n", routeId,
                consumer.getPath(), consumer.getCounts())));
        return sb.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonArray list = new JsonArray();
        consumers().forEach((routeId, consumer) -> {
            JsonObject jo = new JsonObject();
            jo.put("routeId", routeId);
            jo.put("path", consumer.getPath());
            jo.putAll(consumer.getCounts().asMap());
            list.add(jo);
        });
        JsonObject root = new JsonObject();
        root.put("consumers", list);
        return root;
    }
}
