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
package dev.camelrtc.support.call;

/** Whether a failed call may be tried again, and whether the cloud may have acted on it. */
public enum Transience {
    /** Retrying cannot help: bad parameters, credentials, unknown task, ... */
    PERMANENT,
    /** Transient, and provably not executed: the connection was never made, or the cloud refused it (throttling). */
    NOT_EXECUTED,
    /**
     * Transient, but the cloud may have executed it: a timeout or reset after the request was sent, a 5xx, an
     * internal error. Only operations that are safe to repeat retry these.
     */
    UNCERTAIN
}
