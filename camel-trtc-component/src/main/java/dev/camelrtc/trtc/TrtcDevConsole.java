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

import org.apache.camel.spi.annotations.DevConsole;

import dev.camelrtc.support.ops.TaskConsole;

/** Dev console listing the tasks the trtc consumers follow and the last status each delivered. */
@DevConsole(name = "trtc", displayName = "Tencent TRTC tasks",
            description = "Tasks followed by trtc consumers and their last delivered status")
public class TrtcDevConsole extends TaskConsole {

    public TrtcDevConsole() {
        super("trtc", "Tencent TRTC tasks", "Tasks followed by trtc consumers and their last delivered status",
                TrtcEndpoint.class);
    }
}
