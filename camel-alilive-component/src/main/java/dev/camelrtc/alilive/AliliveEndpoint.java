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
 * Create, query, stop and delete Alibaba Cloud ApsaraVideo Live real-time speech recognition (RtcAsr) tasks, and
 * follow their status changes.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "alilive", title = "Alibaba Cloud Live RtcAsr",
             syntax = "alilive:operation", category = { Category.CLOUD, Category.API },
             headersClass = AliliveConstants.class)
public class AliliveEndpoint extends RtcEndpointSupport<AliliveOperations> {

    @UriPath(description = "The RtcAsr API action to call, in lower camel case")
    @Metadata(required = true)
    private AliliveOperations operation;
    @UriParam
    private AliliveConfiguration configuration;

    public AliliveEndpoint(String uri, AliliveComponent component, AliliveOperations operation,
                           AliliveConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        return new AliliveProducer(this);
    }

    @Override
    protected AliliveTaskConsumer newConsumer(Processor processor) {
        return new AliliveTaskConsumer(this, processor);
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        configuration.signatureVersionValue();
    }

    @Override
    protected CloudApi cloudApi(RtcCredentialsProvider credentials) {
        return new AliliveApi(apiUrl(), credentials, new AliyunRpcSigner(configuration.signatureVersionValue()));
    }

    @Override
    public AliliveOperations getOperation() {
        return operation;
    }

    public void setOperation(AliliveOperations operation) {
        this.operation = operation;
    }

    @Override
    public AliliveConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(AliliveConfiguration configuration) {
        this.configuration = configuration;
    }
}
