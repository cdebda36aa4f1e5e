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

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

import dev.camelrtc.support.call.CloudApiException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a producer does with a reply that does not fit the operation's model (the simulator's unfitReply fault), shared
 * by both components' unfit-reply tests.
 *
 * @param action          the API action of the endpoint; its response model is named {@code action + "Response"}
 * @param exceptionType   the component's exception
 * @param requestIdHeader the component's request id header
 * @param unfitReplies    makes the simulator's next N answers to {@code action} unfit, and only those
 * @param pending         how many of them the simulator has not answered yet
 */
public record UnfitReplyScenarios(String action, Class<? extends CloudApiException> exceptionType,
                                  String requestIdHeader, IntConsumer unfitReplies, IntSupplier pending) {

    private static final int INJECTED = 5;

    /**
     * Through the whole producer, asynchronous and synchronous: an invalid response marked unfit, without a request id
     * (the simulator's unfit reply has a RequestId that is not a text), sent once although retries are allowed. Prints
     * {@code unfit reply (synchronous=S): N request(s) sent, failed with CODE}.
     *
     * @param uri the endpoint URI calling {@link #action} on the simulator, with at least one query option
     */
    public void failsOnceAlthoughRetriesAreAllowed(ProducerTemplate template, String uri) {
        for (boolean synchronous : new boolean[] { false, true }) {
            unfitReplies.accept(INJECTED);
            Exchange exchange = template.send(uri + "&retryAttempts=3&synchronous=" + synchronous, e -> {
            });

            CloudApiException e = exchange.getException(exceptionType);
            int sent = INJECTED - pending.getAsInt();
            System.out.printf("unfit reply (synchronous=%s): %d request(s) sent, failed with %s%n", synchronous, sent,
                    e == null ? "nothing" : e.getCode());
            assertThat(e).as("the exchange's %s", exceptionType.getSimpleName()).isNotNull();
            assertThat(e.getCode()).isEqualTo(CloudApiException.INVALID_RESPONSE);
            assertThat(e.getErrorMessage()).startsWith("the response does not match " + action + "Response: ")
                    .contains("RequestId");
            assertThat(e.isUnfitReply()).isTrue();
            assertThat(e.getRequestId()).as("the reply's RequestId is not a text").isNull();
            assertThat(e.getAction()).isEqualTo(action);
            assertThat(sent).as("an answer that does not fit is not asked again").isEqualTo(1);
            assertThat(exchange.getMessage().getHeader(requestIdHeader)).isNull();
        }
    }
}
