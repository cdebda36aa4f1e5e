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
package dev.camelrtc.alilive;

import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

import dev.camelrtc.support.RtcComponentSupport;

/** Alibaba Cloud ApsaraVideo Live real-time speech recognition (RtcAsr) tasks. */
@Component("alilive")
public class AliliveComponent extends RtcComponentSupport {

    @Metadata
    private AliliveConfiguration configuration = new AliliveConfiguration();

    public AliliveComponent() {
        super("alilive");
    }

    @Override
    protected AliliveEndpoint newEndpoint(String uri, String operation) {
        return new AliliveEndpoint(uri, this, AliliveOperations.fromName(operation), configuration.copy());
    }

    @Override
    public AliliveConfiguration getConfiguration() {
        return configuration;
    }

    /** The component configuration, copied by every endpoint. */
    public void setConfiguration(AliliveConfiguration configuration) {
        this.configuration = configuration;
    }
}
