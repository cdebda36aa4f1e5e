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

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;

import dev.camelrtc.support.SensitiveKeywords;

/**
 * Base of a cloud's callbacks component: an endpoint per path, given the component's key by the vendor's
 * {@link #newEndpoint} before its URI options are applied; Camel masks every option the component or its endpoint
 * marks secret by name (see {@link SensitiveKeywords}), as the API components do.
 */
public abstract class CallbackComponentSupport<E extends CallbackEndpointSupport> extends DefaultComponent {

    private final Class<E> endpointType;

    protected CallbackComponentSupport(Class<E> endpointType) {
        this.endpointType = endpointType;
    }

    /** A new endpoint of this component for {@code path}, with the component's key. */
    protected abstract E newEndpoint(String uri, String path);

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        E endpoint = newEndpoint(uri, remaining);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    @Override
    public void setCamelContext(CamelContext context) {
        super.setCamelContext(context);
        SensitiveKeywords.addSecretOptions(context, getClass(), endpointType);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
