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
package dev.camelrtc.trtc;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel Main prints the component options it set from {@code application.properties} (this module's test resource) at
 * start-up, masking values by option name. The SecretId is the key's id, but users treat it as a credential: it is
 * masked like the SecretKey.
 */
class TrtcMainSummaryTest {

    private static final String SECRET_ID = "AKIDsummaryTest0123456789";
    private static final String SECRET_KEY = "summaryTestSecretKey0123456789";
    private static final String CALLBACK_SECRET = "summaryTestCallbackSecret0123456789";

    @Test
    void camelMainsStartupSummaryMasksTheSecretIdTheSecretKeyAndTheCallbackSecret() throws Exception {
        Main main = new Main();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            main.start();
            assertThat(main.getCamelContext().getComponent("trtc", TrtcComponent.class).getConfiguration()
                    .getSecretId()).isEqualTo(SECRET_ID);
        } finally {
            main.stop();
            System.setErr(err);
        }

        String log = captured.toString(StandardCharsets.UTF_8);
        err.print(log);
        assertThat(log).containsPattern("camel.component.trtc.region += ap-guangzhou")
                .containsPattern("camel.component.trtc.secretId += xxxxxx")
                .containsPattern("camel.component.trtc.secretKey += xxxxxx")
                .containsPattern("camel.component.trtc-callbacks.callbackSecret += xxxxxx")
                .doesNotContain(SECRET_ID).doesNotContain(SECRET_KEY).doesNotContain(CALLBACK_SECRET);
    }
}
