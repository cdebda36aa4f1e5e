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

import org.apache.camel.CamelContext;
import org.apache.camel.support.DefaultComponent;

import dev.camelrtc.support.SensitiveKeywords;

/**
 * Base of a cloud's callbacks component: Camel masks every option it or its endpoint marks secret by name (see
 * {@link SensitiveKeywords}), as the API components do.
 */
public abstract class CallbackComponentSupport extends DefaultComponent {

    private final Class<? extends CallbackEndpointSupport> endpointType;

    protected CallbackComponentSupport(Class<? extends CallbackEndpointSupport> endpointType) {
        this.endpointType = endpointType;
    }

    @Override
    public void setCamelContext(CamelContext context) {
        super.setCamelContext(context);
        SensitiveKeywords.addSecretOptions(context, getClass(), endpointType);
    }
}
