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

import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

import dev.camelrtc.support.callback.CallbackComponentSupport;

/** Receives Tencent Cloud TRTC AI-service server callbacks (task events and transcribed sentences). */
@Component("trtc-callbacks")
public class TrtcCallbacksComponent extends CallbackComponentSupport<TrtcCallbacksEndpoint> {

    @Metadata(label = "security", secret = true,
              description = "The callback key configured in the TRTC console, used by every endpoint that sets none.")
    private String callbackSecret;

    public TrtcCallbacksComponent() {
        super(TrtcCallbacksEndpoint.class);
    }

    @Override
    protected TrtcCallbacksEndpoint newEndpoint(String uri, String path) {
        TrtcCallbacksEndpoint endpoint = new TrtcCallbacksEndpoint(uri, this, path);
        endpoint.setCallbackSecret(callbackSecret);
        return endpoint;
    }

    public String getCallbackSecret() {
        return callbackSecret;
    }

    public void setCallbackSecret(String callbackSecret) {
        this.callbackSecret = callbackSecret;
    }
}
