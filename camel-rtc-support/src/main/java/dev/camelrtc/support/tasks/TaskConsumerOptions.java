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
package dev.camelrtc.support.tasks;

import org.apache.camel.spi.StateRepository;

/** The consumer options both components' configurations have, under the same names. */
public interface TaskConsumerOptions {

    /** One task to follow. */
    String getTaskId();

    /** Comma-separated tasks to follow. */
    String getTaskIds();

    /** Follow the tasks the component's producers start. */
    boolean isFollowStartedTasks();

    boolean isEmitOnEveryPoll();

    StateRepository<String, String> getStateRepository();

    /** Key of the consumer's state in the repository; null for the route id. */
    String getStateKey();

    /** Milliseconds a never-seen task may be unknown to the API before it is given up. */
    long getNotFoundGrace();

    /** Milliseconds after which an unreadable task is reported. */
    long getReportUnreadableAfter();
}
