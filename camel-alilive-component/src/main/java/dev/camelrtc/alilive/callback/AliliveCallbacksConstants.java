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

import dev.camelrtc.alilive.AliliveConstants;

/** Message headers of the alilive-callbacks consumer; the task header has the name the alilive component uses. */
public interface AliliveCallbacksConstants {

    @Metadata(label = "consumer", description = "The TaskId the result is about: the body's first field named TaskId"
                                                + " (any case, or task_id), at its top level or one level down; absent"
                                                + " when the body has none.",
              javaType = "String")
    String TASK_ID = AliliveConstants.TASK_ID;

    @Metadata(label = "consumer", description = "When Alibaba sent the callback: its verified SIG-TIME header in epoch"
                                                + " milliseconds (a value in seconds is converted); absent with"
                                                + " acceptUnsigned=true.",
              javaType = "Long")
    String CALLBACK_TIME = "CamelAliliveCallbackTime";
}
