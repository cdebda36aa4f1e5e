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
package dev.camelrtc.examples.quickstart;

import java.util.concurrent.CountDownLatch;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import dev.camelrtc.trtc.TrtcConstants;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.TranscriptionParams;

/** Start a transcription task, describe it until it runs, stop it, describe it once more. */
public class QuickstartRoute extends RouteBuilder {

    /** The TRTC room to transcribe and the bot that joins it. */
    public record Room(long sdkAppId, String roomId, String botUserId, String botUserSig) {
    }

    private final Room room;
    private final CountDownLatch finished;
    private volatile Exception failure;

    public QuickstartRoute(Room room, CountDownLatch finished) {
        this.room = room;
        this.finished = finished;
    }

    Exception failure() {
        return failure;
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(true).process(this::failed);

        from("timer:quickstart?repeatCount=1").routeId("trtc-quickstart")
                .process(e -> e.getMessage().setBody(new StartAITranscriptionRequest()
                        .withSdkAppId(room.sdkAppId()).withRoomId(room.roomId()).withRoomIdType(1L)
                        .withTranscriptionParams(new TranscriptionParams().withUserId(room.botUserId())
                                .withUserSig(room.botUserSig()).withMaxIdleTime(60L))))
                .to("trtc:startAITranscription")
                .log("1. started AI transcription task ${header." + TrtcConstants.TASK_ID + "}"
                     + " (RequestId ${header." + TrtcConstants.REQUEST_ID + "})")
                .loopDoWhile(simple("${header." + TrtcConstants.STATUS + "} != 'InProgress'"))
                    .to("trtc:describeAITranscription")
                    .log("2. task status: ${header." + TrtcConstants.STATUS + "}")
                    // not .delay(): in Camel 4.18.0 a delay inside loopDoWhile after an asynchronous producer
                    // lets the exchange leave the loop while the next iteration still runs
                    .process(e -> Thread.sleep(250))
                .end()
                .to("trtc:stopAITranscription")
                .log("3. stop requested (RequestId ${header." + TrtcConstants.REQUEST_ID + "})")
                .to("trtc:describeAITranscription")
                .log("4. task status after stop: ${header." + TrtcConstants.STATUS + "}")
                .process(e -> {
                    System.out.println("OK: task " + e.getMessage().getHeader(TrtcConstants.TASK_ID)
                            + " went through start, InProgress and stop");
                    finished.countDown();
                });
    }

    private void failed(Exchange exchange) {
        failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        System.out.println("FAILED: " + failure.getMessage());
        finished.countDown();
    }
}
