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

import org.apache.camel.spi.annotations.DevConsole;

import dev.camelrtc.support.callback.CallbackConsole;

/** Dev console of the trtc-callbacks consumers: per route, its path and what it did with the requests it received. */
@DevConsole(name = "trtc-callbacks", displayName = "Tencent TRTC callbacks",
            description = "Callbacks received by trtc-callbacks consumers: routed, failed, duplicates, filtered, rejected")
public class TrtcCallbacksDevConsole extends CallbackConsole {

    public TrtcCallbacksDevConsole() {
        super("trtc-callbacks", "Tencent TRTC callbacks",
                "Callbacks received by trtc-callbacks consumers: routed, failed, duplicates, filtered, rejected",
                TrtcCallbacksEndpoint.class);
    }
}
