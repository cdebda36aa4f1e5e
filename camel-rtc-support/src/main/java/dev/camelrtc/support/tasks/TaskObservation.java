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

/**
 * What one poll learned about one task: its status and the describe result to deliver as body, or that the API does
 * not know the task, or that reading it failed.
 *
 * @param status    the cloud's status; {@link TaskStatusModel#NOT_FOUND} when the API does not know the task
 * @param body      the describe result for this task (delivered as the exchange body), may be null
 * @param requestId request id of the call that observed it, may be null
 * @param failure   the error when the task could not be read this time (status and body are then null)
 */
public record TaskObservation(String taskId, String status, Object body, String requestId, Exception failure) {

    public static TaskObservation of(String taskId, String status, Object body, String requestId) {
        return new TaskObservation(taskId, status, body, requestId, null);
    }

    public static TaskObservation notFound(String taskId, String requestId) {
        return new TaskObservation(taskId, TaskStatusModel.NOT_FOUND, null, requestId, null);
    }

    public static TaskObservation failed(String taskId, Exception failure) {
        return new TaskObservation(taskId, null, null, null, failure);
    }

    public boolean isFailure() {
        return failure != null;
    }

    public boolean isNotFound() {
        return TaskStatusModel.NOT_FOUND.equals(status);
    }
}
