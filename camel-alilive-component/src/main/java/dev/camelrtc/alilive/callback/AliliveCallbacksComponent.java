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
package dev.camelrtc.alilive.callback;

import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

import dev.camelrtc.support.callback.CallbackComponentSupport;

/** Receives the results Alibaba Cloud Live RtcAsr tasks post to their CallbackURL. */
@Component("alilive-callbacks")
public class AliliveCallbacksComponent extends CallbackComponentSupport<AliliveCallbacksEndpoint> {

    @Metadata(label = "security", secret = true,
              description = "The AuthKey given to createRtcAsrTask, used by every endpoint that sets none.")
    private String authKey;

    public AliliveCallbacksComponent() {
        super(AliliveCallbacksEndpoint.class);
    }

    @Override
    protected AliliveCallbacksEndpoint newEndpoint(String uri, String path) {
        AliliveCallbacksEndpoint endpoint = new AliliveCallbacksEndpoint(uri, this, path);
        endpoint.setAuthKey(authKey);
        return endpoint;
    }

    public String getAuthKey() {
        return authKey;
    }

    public void setAuthKey(String authKey) {
        this.authKey = authKey;
    }
}
