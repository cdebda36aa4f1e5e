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

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The threads a producer's {@code synchronous} option promises, shared by both components' synchronous producer tests.
 *
 * @param uri       the endpoint URI the routes of {@link #routes()} call, without options
 * @param replyPool part of the name of the threads the component completes asynchronous calls on
 */
public record SynchronousProducerScenarios(String uri, String replyPool) {

    private static final String AFTER_CALL_THREAD = "afterCallThread";

    /** The option of a test run with and without {@code synchronous=true}. */
    public static String options(boolean synchronous) {
        return synchronous ? "synchronous=true" : "synchronous=false";
    }

    /**
     * {@code direct:call} to the endpoint as it is, {@code direct:call-sync} to it with {@code synchronous=true}; both
     * record the thread the exchange continued on after the call.
     */
    public RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").to(uri).setHeader(AFTER_CALL_THREAD, () -> Thread.currentThread().getName());
                from("direct:call-sync").to(uri + "?synchronous=true")
                        .setHeader(AFTER_CALL_THREAD, () -> Thread.currentThread().getName());
            }
        };
    }

    /**
     * A synchronous endpoint continues the exchange on the caller's thread, an asynchronous one on the reply pool.
     *
     * @param request sets what the call of {@link #uri} needs (e.g. a task id header)
     */
    public void continuesOnTheCallersThreadOrTheReplyPool(ProducerTemplate template, Processor request) {
        String caller = Thread.currentThread().getName();

        Exchange sync = template.request("direct:call-sync", request);
        Exchange async = template.request("direct:call", request);

        assertThat(sync.getException()).isNull();
        assertThat(async.getException()).isNull();
        assertThat(sync.getMessage().getHeader(AFTER_CALL_THREAD)).isEqualTo(caller);
        assertThat(async.getMessage().getHeader(AFTER_CALL_THREAD, String.class)).isNotEqualTo(caller)
                .contains(replyPool);
    }
}
