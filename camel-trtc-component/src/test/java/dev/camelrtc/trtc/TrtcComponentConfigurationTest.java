package dev.camelrtc.trtc;

import org.apache.camel.CamelContext;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.camelrtc.support.call.ApiCredentials;

class TrtcComponentConfigurationTest {

    private CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void generatedConfigurersAreTheOnesCamelUses() {
        PropertyConfigurer endpointConfigurer = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("trtc-endpoint", context);
        PropertyConfigurer componentConfigurer = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("trtc-component", context);

        assertThat(endpointConfigurer).isInstanceOf(TrtcEndpointConfigurer.class);
        assertThat(componentConfigurer).isInstanceOf(TrtcComponentConfigurer.class);
        assertThat(context.getComponent("trtc")).isInstanceOf(TrtcComponent.class);
    }

    @Test
    void endpointCopiesTheComponentConfigurationAndUriOptionsOverrideIt() {
        TrtcComponent component = context.getComponent("trtc", TrtcComponent.class);
        component.getConfiguration().setSecretId("AKIDcomponent");
        component.getConfiguration().setSecretKey("componentKey");
        component.getConfiguration().setRegion("ap-guangzhou");
        component.getConfiguration().setSdkAppId(1400000001L);

        TrtcEndpoint first = context.getEndpoint("trtc:startAITranscription?roomId=r1&region=ap-singapore",
                TrtcEndpoint.class);
        TrtcEndpoint second = context.getEndpoint("trtc:describeAITranscription?connectTimeout=2s", TrtcEndpoint.class);

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
        assertThatThrownBy(() -> context.getEndpoint("trtc:startTranscription?region=ap-guangzhou"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().hasMessageContaining("Unknown trtc operation 'startTranscription'")
                .hasMessageContaining("startAITranscription").hasMessageContaining("describeCloudTranscription");
    }

    @Test
    void missingRegionFailsBeforeAnyCall() {
        assertThatThrownBy(() -> context.getEndpoint("trtc:stopAITranscription?secretId=a&secretKey=b").init())
                .hasMessageContaining("region option is required");
    }

    @Test
    void missingCredentialsFailNamingWhatIsMissingButNoValue() {
        // Only meaningful when the environment does not provide credentials
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(TrtcConfiguration.ENV_SECRET_KEY) == null);
        assertThatThrownBy(() -> context.getEndpoint(
                "trtc:stopAITranscription?region=ap-guangzhou&secretId=AKIDonly").init())
                .hasMessageContaining("secretKey is missing").hasMessageContaining("TENCENTCLOUD_SECRET_KEY");
    }

    @Test
    void secretsAreMaskedWhereCamelPrintsTheEndpoint() {
        TrtcEndpoint endpoint = context.getEndpoint("trtc:startAITranscription?region=ap-guangzhou"
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
        context.getComponent("trtc", TrtcComponent.class).getConfiguration().setSecretId("AKIDtest");
        context.getComponent("trtc", TrtcComponent.class).getConfiguration().setSecretKey("key");
        TrtcEndpoint host = context.getEndpoint("trtc:stopAITranscription?region=ap-guangzhou"
                + "&endpoint=trtc.intl.tencentcloudapi.com", TrtcEndpoint.class);
        TrtcEndpoint url = context.getEndpoint("trtc:describeAITranscription?region=ap-guangzhou"
                + "&endpoint=http://127.0.0.1:18080", TrtcEndpoint.class);
        TrtcEndpoint byDefault = context.getEndpoint("trtc:stopAIConversation?region=ap-guangzhou", TrtcEndpoint.class);

        assertThat(host.getServiceUrl()).isEqualTo("https://trtc.intl.tencentcloudapi.com");
        assertThat(url.getServiceUrl()).isEqualTo("http://127.0.0.1:18080");
        assertThat(byDefault.getServiceUrl()).isEqualTo("https://trtc.tencentcloudapi.com");
        assertThatThrownBy(() -> context.getEndpoint("trtc:stopAIConversation?region=ap-guangzhou"
                + "&endpoint=ftp://x").init()).hasMessageContaining("invalid endpoint option");
    }
}
