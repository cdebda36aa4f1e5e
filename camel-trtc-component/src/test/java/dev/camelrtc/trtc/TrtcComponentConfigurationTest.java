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

import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.support.testing.CamelContexts;
import dev.camelrtc.support.testing.ComponentDiscovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrtcComponentConfigurationTest {

    @RegisterExtension
    final CamelContexts camel = CamelContexts.eachTest();

    @Test
    void generatedConfigurersAreTheOnesCamelUses() {
        ComponentDiscovery.assertGeneratedConfigurersInUse(camel.context(), "trtc", TrtcEndpointConfigurer.class,
                TrtcComponentConfigurer.class);
        assertThat(camel.context().getComponent("trtc")).isInstanceOf(TrtcComponent.class);
    }

    @Test
    void endpointCopiesTheComponentConfigurationAndUriOptionsOverrideIt() {
        TrtcComponent component = camel.context().getComponent("trtc", TrtcComponent.class);
        component.getConfiguration().setSecretId("AKIDcomponent");
        component.getConfiguration().setSecretKey("componentKey");
        component.getConfiguration().setRegion("ap-guangzhou");
        component.getConfiguration().setSdkAppId(1400000001L);

        TrtcEndpoint first = camel.context().getEndpoint("trtc:startAITranscription?roomId=r1&region=ap-singapore",
                TrtcEndpoint.class);
        TrtcEndpoint second = camel.context().getEndpoint("trtc:describeAITranscription?connectTimeout=2s",
                TrtcEndpoint.class);

        assertThat(first.getOperation()).isEqualTo(TrtcOperations.startAITranscription);
        assertThat(first.getConfiguration().getRegion()).isEqualTo("ap-singapore");
        assertThat(first.getConfiguration().getRoomId()).isEqualTo("r1");
        assertThat(first.getConfiguration().getSdkAppId()).isEqualTo(1400000001L);
        assertThat(second.getConfiguration().getRegion()).isEqualTo("ap-guangzhou");
        assertThat(second.getConfiguration().getRoomId()).isNull();
        assertThat(second.getConfiguration().getConnectTimeout()).isEqualTo(2000L);
        assertThat(component.getConfiguration().getRegion()).isEqualTo("ap-guangzhou");
    }

    @Test
    void unknownOperationFailsAtEndpointCreationListingTheValidOnes() {
        assertThatThrownBy(() -> camel.context().getEndpoint("trtc:startTranscription?region=ap-guangzhou"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().hasMessageContaining("Unknown trtc operation 'startTranscription'")
                .hasMessageContaining("startAITranscription").hasMessageContaining("describeCloudTranscription");
    }

    @Test
    void missingRegionFailsBeforeAnyCall() {
        assertThatThrownBy(() -> camel.context().getEndpoint("trtc:stopAITranscription?secretId=a&secretKey=b").init())
                .hasMessageContaining("region option is required");
    }

    @Test
    void missingCredentialsFailNamingWhatIsMissingButNoValue() {
        // Only meaningful when the environment does not provide credentials
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(TrtcConfiguration.ENV_SECRET_KEY) == null);
        assertThatThrownBy(() -> camel.context().getEndpoint(
                "trtc:stopAITranscription?region=ap-guangzhou&secretId=AKIDonly").init())
                .hasMessageContaining("secretKey is missing").hasMessageContaining("TENCENTCLOUD_SECRET_KEY");
    }

    @Test
    void secretsAreMaskedWhereCamelPrintsTheEndpoint() {
        TrtcEndpoint endpoint = camel.context().getEndpoint("trtc:startAITranscription?region=ap-guangzhou"
                + "&secretId=AKIDvisible&secretKey=TopSecretKey123&sessionToken=TopSecretToken456", TrtcEndpoint.class);

        assertThat(endpoint.toString()).doesNotContain("TopSecretKey123").doesNotContain("TopSecretToken456");
        assertThat(org.apache.camel.util.URISupport.sanitizeUri(endpoint.getEndpointUri()))
                .doesNotContain("TopSecretKey123").doesNotContain("TopSecretToken456");
        assertThat(new ApiCredentials("AKIDvisible", "TopSecretKey123", "TopSecretToken456").toString())
                .doesNotContain("TopSecretKey123").doesNotContain("TopSecretToken456");
        assertThat(TrtcEndpointUriFactory.class).isNotNull();
        assertThat(new TrtcEndpointUriFactory().secretPropertyNames()).contains("secretKey", "sessionToken");
    }

    @Test
    void endpointOptionAcceptsAHostNameOrAUrl() {
        camel.context().getComponent("trtc", TrtcComponent.class).getConfiguration().setSecretId("AKIDtest");
        camel.context().getComponent("trtc", TrtcComponent.class).getConfiguration().setSecretKey("key");
        TrtcEndpoint host = camel.context().getEndpoint("trtc:stopAITranscription?region=ap-guangzhou"
                + "&endpoint=trtc.intl.tencentcloudapi.com", TrtcEndpoint.class);
        TrtcEndpoint url = camel.context().getEndpoint("trtc:describeAITranscription?region=ap-guangzhou"
                + "&endpoint=http://127.0.0.1:18080", TrtcEndpoint.class);
        TrtcEndpoint byDefault = camel.context().getEndpoint("trtc:stopAIConversation?region=ap-guangzhou",
                TrtcEndpoint.class);

        assertThat(host.getServiceUrl()).isEqualTo("https://trtc.intl.tencentcloudapi.com");
        assertThat(url.getServiceUrl()).isEqualTo("http://127.0.0.1:18080");
        assertThat(byDefault.getServiceUrl()).isEqualTo("https://trtc.tencentcloudapi.com");
        assertThatThrownBy(() -> camel.context().getEndpoint("trtc:stopAIConversation?region=ap-guangzhou"
                + "&endpoint=ftp://x").init()).hasMessageContaining("invalid endpoint option");
    }
}
