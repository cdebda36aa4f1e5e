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
package dev.camelrtc.support.testing;

import java.util.ArrayList;
import java.util.List;

import dev.camelrtc.support.call.CloudApiException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a fault matrix test (every operation of a component under every fault the simulator injects) counts while it
 * runs, and its verdict: every failure clear, no duplicate task, no lost transition. The counts are printed.
 */
public final class FaultMatrixTally {

    private final String component;
    private final Class<? extends CloudApiException> vendorException;
    private final String secret;
    private final List<String> unclear = new ArrayList<>();
    private int faults;
    private int duplicateTasks;
    private int maybeExecuted;

    /**
     * @param component       the component's name, for the printed counts
     * @param vendorException the exception every failure must be
     * @param secret          a secret no failure message may contain
     */
    public FaultMatrixTally(String component, Class<? extends CloudApiException> vendorException, String secret) {
        this.component = component;
        this.vendorException = vendorException;
        this.secret = secret;
    }

    /**
     * One case ran under a fault: a failure must be the vendor's exception with a message that names the action and
     * the error code, the HTTP status of an invalid response, and not the secret.
     */
    public void ran(String what, String action, Exception failure) {
        faults++;
        if (failure != null && !isClear(failure, action)) {
            unclear.add(what + ": " + failure);
        }
    }

    private boolean isClear(Exception failure, String action) {
        if (!vendorException.isInstance(failure)) {
            return false;
        }
        CloudApiException e = (CloudApiException) failure;
        String message = e.getMessage();
        boolean namesWhat = message.contains(action) && message.contains(e.getCode());
        boolean namesStatus = !CloudApiException.INVALID_RESPONSE.equals(e.getCode()) || message.contains("HTTP ");
        return namesWhat && namesStatus && !message.contains(secret);
    }

    /** A start case left {@code tasks} tasks behind: more than one are duplicates. */
    public void started(long tasks) {
        if (tasks > 1) {
            duplicateTasks += (int) (tasks - 1);
        }
    }

    /** A start failed although the cloud created its task (not safe to repeat): its error must say so. */
    public void failedAfterExecution(String what, Exception failure) {
        maybeExecuted++;
        if (!failure.getMessage().contains("may have been executed")) {
            unclear.add(what + " created a task but the error does not say so: " + failure.getMessage());
        }
    }

    /** Another outcome the caller cannot tell from the reply. */
    public void unclear(String what) {
        unclear.add(what);
    }

    public int faults() {
        return faults;
    }

    /** Prints the counts, then asserts no unclear error, no duplicate task and no lost transition. */
    public void assertClean(int lostTransitions) {
        System.out.printf("fault matrix (%s): %d faults, %d lost transitions, %d duplicate tasks, %d unclear errors%n",
                component, faults, lostTransitions, duplicateTasks, unclear.size());
        System.out.printf("%s starts that failed after the cloud executed them (reported as such): %d%n", component,
                maybeExecuted);
        unclear.forEach(u -> System.out.println("unclear: " + u));
        assertThat(unclear).as("unclear errors").isEmpty();
        assertThat(duplicateTasks).as("duplicate tasks").isZero();
        assertThat(lostTransitions).as("lost transitions").isZero();
    }
}
