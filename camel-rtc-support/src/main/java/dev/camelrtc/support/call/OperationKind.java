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

/**
 * What an operation does (to a task, or besides tasks); decides its default retry rule, whether it is followed, and
 * what may poll it.
 */
public enum OperationKind {
    /** Starts or creates a task; its reply carries the new TaskId, and consumers follow the task. */
    START(RetryRule.NOT_EXECUTED_ONLY),
    /** Stops or deletes a task: repeating it is harmless. */
    STOP(RetryRule.ANY_TRANSIENT),
    /** Reads tasks; the only kind a polling consumer may use. */
    DESCRIBE(RetryRule.ANY_TRANSIENT),
    /** Sets values of a running task: repeating it sets the same values. */
    UPDATE(RetryRule.ANY_TRANSIENT),
    /** Sends a command to a running task: a repeat would act twice (a pushed text spoken twice). */
    CONTROL(RetryRule.NOT_EXECUTED_ONLY),
    /**
     * Creates or produces what is not a followed task (a voiceprint, a cloned voice, speech): a repeat would do it
     * twice.
     */
    CREATE(RetryRule.NOT_EXECUTED_ONLY),
    /** Reads what is not a task (usage, voiceprints): repeating it is harmless; no polling consumer. */
    QUERY(RetryRule.ANY_TRANSIENT);

    private final RetryRule defaultRetry;

    OperationKind(RetryRule defaultRetry) {
        this.defaultRetry = defaultRetry;
    }

    public RetryRule defaultRetry() {
        return defaultRetry;
    }
}
