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
package dev.camelrtc.trtc.callback;

import java.util.regex.Pattern;

import org.apache.camel.Message;
import org.apache.camel.Processor;

import dev.camelrtc.support.callback.CallbackConsumerSupport;
import dev.camelrtc.support.callback.CallbackMessage;

/**
 * Push consumer of TRTC callbacks, served through Camel's platform-http (see {@link CallbackConsumerSupport}), in
 * agreement with the trtc polling consumers of its CamelContext (see {@link PollingAgreement}).
 */
public class TrtcCallbacksConsumer extends CallbackConsumerSupport {

    /** What of the caller's SdkAppId header may be used: a number, nothing else. */
    private static final Pattern SDK_APP_ID = Pattern.compile("\\d{1,20}");

    private final PollingAgreement agreement;

    public TrtcCallbacksConsumer(TrtcCallbacksEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.agreement = new PollingAgreement(endpoint.getCamelContext());
    }

    @Override
    public TrtcCallbacksEndpoint getEndpoint() {
        return (TrtcCallbacksEndpoint) super.getEndpoint();
    }

    @Override
    protected boolean beforeRoute(CallbackMessage event, Message request) {
        String sdkAppId = request.getHeader("SdkAppId", String.class);
        return agreement.beforeRoute(event, sdkAppId != null && SDK_APP_ID.matcher(sdkAppId).matches() ? sdkAppId : null);
    }

    @Override
    protected void afterRoute(CallbackMessage event, boolean ok) {
        agreement.afterRoute(event, ok);
    }
}
