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
package dev.camelrtc.simulator.http;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlCodecTest {

    @Test
    void paramFindsWhatParseParamsFinds() {
        List<String> raws = List.of("", "Action=QueryRtcAsrTasks", "a=1&Action=X&Action=Y", "&&Action&b=2",
                "Acti%6Fn=Query%20Tasks&x=%E4%BD%A0", "Action=&Action=Late", "b=Action&Action=a+b%2B",
                "Action=%zz", "Actionx=1&xAction=2");
        for (String raw : raws) {
            for (String name : List.of("Action", "b", "x", "missing")) {
                assertThat(UrlCodec.param(raw, name)).as("%s in %s", name, raw)
                        .isEqualTo(UrlCodec.parseParams(raw).get(name));
            }
        }
        assertThat(UrlCodec.param("Acti%6Fn=Query%20Tasks", "Action")).isEqualTo("Query Tasks");
        assertThat(UrlCodec.param(null, "Action")).isNull();
    }

    @Test
    void decodeLeavesPlainTextAsItIs() {
        assertThat(UrlCodec.decode("2026-12-01T01%3A10%3A00Z")).isEqualTo("2026-12-01T01:10:00Z");
        assertThat(UrlCodec.decode("a+b")).isEqualTo("a b");
        assertThat(UrlCodec.decode("plain-value_1.0~")).isEqualTo("plain-value_1.0~");
    }
}
