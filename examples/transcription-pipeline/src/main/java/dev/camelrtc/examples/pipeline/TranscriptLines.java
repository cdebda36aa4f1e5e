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
package dev.camelrtc.examples.pipeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the pipeline writes a sentence into a task's transcript file and on the console. */
final class TranscriptLines {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private TranscriptLines() {
    }

    /** {@code 12:03:07.250 alice: Good morning.}: when the sentence was recognised (EventMsTs, UTC) and who said it. */
    static String line(TranscriptSentence sentence) {
        return TIME.format(Instant.ofEpochMilli(sentence.eventMsTs())) + " " + sentence.userId() + ": "
               + sentence.text();
    }

    /** The task's transcript file name: its id, with anything a file name should not hold replaced. */
    static String fileName(String taskId) {
        return taskId.replaceAll("[^A-Za-z0-9._-]", "_") + ".txt";
    }
}
