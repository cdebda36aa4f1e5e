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
package dev.camelrtc.alilive;

import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.alilive.model.CreateRtcAsrTaskRequest;
import dev.camelrtc.support.call.CloudApiException;
import dev.camelrtc.support.testing.CamelContexts;
import dev.camelrtc.support.testing.ComponentDiscovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AliliveComponentConfigurationTest {

    private static final String SECRET = "S3cr3tValue-do-not-print";
    private static final String TOKEN = "StsTokenValue-do-not-print";

    @RegisterExtension
    final CamelContexts camel = CamelContexts.eachTest();

    @Test
    void generatedConfigurerIsTheOneCamelUses() {
        ComponentDiscovery.assertGeneratedConfigurersInUse(camel.context(), "alilive", AliliveEndpointConfigurer.class,
                AliliveComponentConfigurer.class);
    }

    @Test
    void unknownOperationFailsAtEndpointCreationListingTheValidOnes() {
        assertThatThrownBy(() -> camel.context().getEndpoint("alilive:startRtcAsrTask?accessKey=id&secretKey=x"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasStackTraceContaining("Unknown alilive operation 'startRtcAsrTask'")
                .hasStackTraceContaining("createRtcAsrTask, queryRtcAsrTasks, stopRtcAsrTask, deleteRtcAsrTask");
    }

    @Test
    void endpointCopiesTheComponentConfigurationAndOverridesItsOwn() {
        AliliveComponent component = camel.context().getComponent("alilive", AliliveComponent.class);
        component.getConfiguration().setAccessKey("component-id");
        component.getConfiguration().setSecretKey("component-secret");
        component.getConfiguration().setRegion("cn-beijing");

        AliliveEndpoint first = camel.context().getEndpoint("alilive:stopRtcAsrTask?taskId=t1", AliliveEndpoint.class);
        AliliveEndpoint second = camel.context().getEndpoint("alilive:queryRtcAsrTasks?region=ap-southeast-1",
                AliliveEndpoint.class);

        assertThat(first.getConfiguration()).isNotSameAs(component.getConfiguration());
        assertThat(first.getConfiguration().getAccessKey()).isEqualTo("component-id");
        assertThat(first.getConfiguration().getRegion()).isEqualTo("cn-beijing");
        assertThat(first.getConfiguration().getTaskId()).isEqualTo("t1");
        assertThat(second.getConfiguration().getRegion()).isEqualTo("ap-southeast-1");
        assertThat(second.getConfiguration().getTaskId()).isNull();
        assertThat(component.getConfiguration().getTaskId()).isNull();
        assertThat(first.getConfiguration().getEndpoint()).isEqualTo("https://live.aliyuncs.com");
        assertThat(first.getConfiguration().getSignatureVersion()).isEqualTo("v1");
    }

    @Test
    void secretsAreMaskedWhereCamelPrintsTheEndpoint() {
        AliliveEndpoint endpoint = camel.context().getEndpoint("alilive:createRtcAsrTask?accessKey=myid&secretKey="
                + SECRET + "&securityToken=" + TOKEN, AliliveEndpoint.class);

        assertThat(endpoint.getConfiguration().getSecretKey()).isEqualTo(SECRET);
        assertThat(endpoint.toString()).doesNotContain(SECRET).doesNotContain(TOKEN);
        assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(SECRET).doesNotContain(TOKEN);
        assertThat(endpoint.getEndpointBaseUri()).doesNotContain(SECRET).doesNotContain(TOKEN);
        assertThat(endpoint.getConfiguration().credentials().toString())
                .doesNotContain(SECRET).doesNotContain(TOKEN);
    }

    @Test
    void missingParameterFailsBeforeSendingNamingParameterAndOperation() {
        Exchange live = send("alilive:createRtcAsrTask?accessKey=id&secretKey=x&endpoint=http://127.0.0.1:1",
                new CreateRtcAsrTaskRequest().withMode("live").withLanguage("cn").withCallbackUrl("http://cb"));
        Exchange rtc = send("alilive:createRtcAsrTask?accessKey=id&secretKey=x&endpoint=http://127.0.0.1:1",
                new CreateRtcAsrTaskRequest().withMode("rtc").withLanguage("cn").withCallbackUrl("http://cb")
                        .withSdkAppId("app").withRtcUserId("u"));
        Exchange stop = send("alilive:stopRtcAsrTask?accessKey=id&secretKey=x&endpoint=http://127.0.0.1:1", null);

        assertThat(live.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("StreamURL").hasMessageContaining("createRtcAsrTask");
        assertThat(rtc.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ChannelID").hasMessageContaining("createRtcAsrTask");
        assertThat(stop.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TaskId").hasMessageContaining("stopRtcAsrTask");
    }

    @Test
    void wrongParameterTypeFailsNamingTheField() {
        Exchange exchange = send("alilive:createRtcAsrTask?accessKey=id&secretKey=x&endpoint=http://127.0.0.1:1",
                java.util.Map.of("Mode", "live", "Language", "cn", "CallbackURL", "http://cb", "StreamURL", "rtmp://s",
                        "AutoTerminateDelay", "soon"));

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AutoTerminateDelay");
    }

    @Test
    void refusedConnectionIsANetworkError() {
        Exchange exchange = send("alilive:deleteRtcAsrTask?accessKey=id&secretKey=" + SECRET
                + "&endpoint=http://127.0.0.1:1&taskId=asr-1&connectTimeout=2000", null);

        assertThat(exchange.getException()).isInstanceOf(AliliveException.class);
        AliliveException e = (AliliveException) exchange.getException();
        assertThat(e.getCode()).isEqualTo(CloudApiException.NETWORK_ERROR);
        assertThat(e.isNetworkError()).isTrue();
        assertThat(e.getAction()).isEqualTo("DeleteRtcAsrTask");
        assertThat(e.getMessage()).doesNotContain(SECRET);
    }

    @Test
    void missingCredentialsFailAtStartNamingTheOptionsNotValues() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(AliliveConfiguration.ENV_ACCESS_KEY_ID) == null);

        assertThatThrownBy(() -> camel.context().createProducerTemplate()
                .send("alilive:queryRtcAsrTasks?secretKey=" + SECRET, e -> { }))
                .hasStackTraceContaining("accessKey is missing")
                .satisfies(t -> assertThat(stackTrace(t)).doesNotContain(SECRET));
    }

    @Test
    void invalidSignatureVersionIsRejected() {
        assertThatThrownBy(() -> camel.context().createProducerTemplate()
                .send("alilive:queryRtcAsrTasks?accessKey=id&secretKey=x&signatureVersion=v2", e -> { }))
                .hasStackTraceContaining("signatureVersion");
    }

    @Test
    void endpointOptionTakesAHostOrAnHttpUrl() {
        AliliveEndpoint host = camel.context().getEndpoint("alilive:queryRtcAsrTasks?accessKey=id&secretKey=x"
                + "&endpoint=live.ap-southeast-1.aliyuncs.com", AliliveEndpoint.class);

        assertThat(host.getServiceUrl()).isEqualTo("https://live.ap-southeast-1.aliyuncs.com");
        assertThatThrownBy(() -> camel.context().createProducerTemplate()
                .send("alilive:queryRtcAsrTasks?accessKey=id&secretKey=x&endpoint=ftp://example.com", e -> { }))
                .hasStackTraceContaining("alilive: invalid endpoint option 'ftp://example.com'");
    }

    private static String stackTrace(Throwable t) {
        java.io.StringWriter out = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    private Exchange send(String uri, Object body) {
        return camel.context().createProducerTemplate().send(uri, e -> e.getMessage().setBody(body));
    }
}
