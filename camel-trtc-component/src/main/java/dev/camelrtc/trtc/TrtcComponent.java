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
package dev.camelrtc.trtc;

import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

import dev.camelrtc.support.RtcComponentSupport;

/** Tencent Cloud TRTC AI services: AI transcription, AI conversation and cloud transcription tasks. */
@Component("trtc")
public class TrtcComponent extends RtcComponentSupport {

    @Metadata
    private TrtcConfiguration configuration = new TrtcConfiguration();

    public TrtcComponent() {
        super("trtc");
    }

    @Override
    protected TrtcEndpoint newEndpoint(String uri, String operation) {
        return new TrtcEndpoint(uri, this, TrtcOperations.fromName(operation), configuration.copy());
    }

    @Override
    public TrtcConfiguration getConfiguration() {
        return configuration;
    }

    /** The component configuration, copied by every endpoint. */
    public void setConfiguration(TrtcConfiguration configuration) {
        this.configuration = configuration;
    }
}
