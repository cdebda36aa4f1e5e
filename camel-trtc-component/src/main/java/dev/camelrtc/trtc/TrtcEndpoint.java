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

import org.apache.camel.Category;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;

import dev.camelrtc.support.RtcCredentialsProvider;
import dev.camelrtc.support.RtcEndpointSupport;
import dev.camelrtc.support.call.CloudApi;

/**
 * Start, stop, update and describe Tencent Cloud TRTC AI transcription, AI conversation and cloud transcription
 * tasks, and follow their status changes.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "trtc", title = "Tencent Cloud TRTC", syntax = "trtc:operation",
             category = { Category.CLOUD, Category.API }, headersClass = TrtcConstants.class)
public class TrtcEndpoint extends RtcEndpointSupport<TrtcOperations> {

    @UriPath(description = "The TRTC API action to call, in lower camel case")
    @Metadata(required = true)
    private TrtcOperations operation;
    @UriParam
    private TrtcConfiguration configuration;

    public TrtcEndpoint(String uri, TrtcComponent component, TrtcOperations operation,
                        TrtcConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        return new TrtcProducer(this);
    }

    @Override
    protected TrtcTaskConsumer newConsumer(Processor processor) {
        return new TrtcTaskConsumer(this, processor);
    }

    @Override
    protected CloudApi cloudApi(RtcCredentialsProvider credentials) {
        return new TrtcApi(apiUrl(), configuration.getRegion(), credentials);
    }

    @Override
    public TrtcOperations getOperation() {
        return operation;
    }

    public void setOperation(TrtcOperations operation) {
        this.operation = operation;
    }

    @Override
    public TrtcConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(TrtcConfiguration configuration) {
        this.configuration = configuration;
    }
}
