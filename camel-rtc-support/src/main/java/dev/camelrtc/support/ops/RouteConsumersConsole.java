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

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.support.console.AbstractDevConsole;

/** Base of a component's dev console that reports on the consumers of its endpoints, route by route. */
public abstract class RouteConsumersConsole<C extends Consumer> extends AbstractDevConsole {

    private final Class<C> consumerType;
    private final Class<? extends Endpoint> endpointType;

    protected RouteConsumersConsole(String id, String displayName, String description, Class<C> consumerType,
                                    Class<? extends Endpoint> endpointType) {
        super("camel", id, displayName, description);
        this.consumerType = consumerType;
        this.endpointType = endpointType;
    }

    /** The consumers of this component's endpoints, by route id. */
    protected Map<String, C> consumers() {
        Map<String, C> consumers = new TreeMap<>();
        for (Route route : getCamelContext().getRoutes()) {
            Consumer consumer = route.getConsumer();
            if (consumerType.isInstance(consumer) && endpointType.isInstance(consumer.getEndpoint())) {
                consumers.put(route.getRouteId(), consumerType.cast(consumer));
            }
        }
        return consumers;
    }
}
