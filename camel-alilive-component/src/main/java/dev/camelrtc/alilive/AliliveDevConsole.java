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

import org.apache.camel.spi.annotations.DevConsole;

import dev.camelrtc.support.ops.TaskConsole;

/** Dev console listing the RtcAsr tasks the alilive consumers follow and the last status each delivered. */
@DevConsole(name = "alilive", displayName = "Alibaba Live ASR tasks",
            description = "RtcAsr tasks followed by alilive consumers and their last delivered status")
public class AliliveDevConsole extends TaskConsole {

    public AliliveDevConsole() {
        super("alilive", "Alibaba Live ASR tasks",
                "RtcAsr tasks followed by alilive consumers and their last delivered status", AliliveEndpoint.class);
    }
}
