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
package dev.camelrtc.support.json;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Parameters#checkTypes}: parameters that already have the model's types skip the round trip through the model
 * ({@link ModelShape}) and come out exactly as the round trip gives them (same nodes, same field order); any other
 * parameters take the round trip, which converts them or names the bad field as before.
 */
class ParametersTest {

    /** Test models shaped like the vendors' request models. */
    static final class Inner extends ApiModel {
        @JsonProperty("Name")
        private String name;
        @JsonProperty("Size")
        private Long size;

        @Override
        protected Set<String> maskedFields() {
            return Set.of();
        }
    }

    static final class Request extends ApiModel {
        @JsonProperty("TaskId")
        private String taskId;
        @JsonProperty("SdkAppId")
        private Long sdkAppId;
        @JsonProperty("MaxIdleTime")
        private Integer maxIdleTime;
        @JsonProperty("Enabled")
        private Boolean enabled;
        @JsonProperty("Params")
        private Inner params;
        @JsonProperty("Languages")
        private List<String> languages;
        @JsonProperty("Users")
        private List<Inner> users;
        @JsonProperty("Ratio")
        private Float ratio;
        @JsonProperty("Config")
        private String config;

        @Override
        protected Set<String> maskedFields() {
            return Set.of();
        }
    }

    /** A model with a primitive: absent, the round trip still writes it, so it always takes the round trip. */
    static final class WithPrimitive extends ApiModel {
        @JsonProperty("Count")
        private int count;

        @Override
        protected Set<String> maskedFields() {
            return Set.of();
        }
    }

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) Json.MAPPER.readTree(text);
    }

    /** The fast path's result, or null when it leaves the parameters to the round trip. */
    private static ObjectNode fast(String text) throws Exception {
        return ModelShape.of(Request.class).normalize(json(text));
    }

    private static ObjectNode roundTrip(String text) throws Exception {
        return Parameters.roundTrip(json(text), Request.class, "describeTask");
    }

    /** Same nodes (an IntNode is not equal to a LongNode of the same value) and the same field order. */
    private static void assertSameAsRoundTrip(ObjectNode fast, ObjectNode roundTrip) {
        assertThat(fast).isEqualTo(roundTrip);
        assertThat(fast.toString()).isEqualTo(roundTrip.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{\"TaskId\":\"t-1\"}",
            "{\"TaskId\":\"\"}",
            // given out of the model's order: written back in the model's order
            "{\"Enabled\":true,\"SdkAppId\":1400000001,\"TaskId\":\"t-1\",\"MaxIdleTime\":60}",
            // an int node for a Long becomes a long node, as the round trip makes it
            "{\"SdkAppId\":7}",
            "{\"SdkAppId\":9223372036854775807}",
            // nulls are left out, top level and nested
            "{\"TaskId\":null,\"Params\":{\"Name\":null,\"Size\":3},\"Unknown\":null}",
            "{\"Params\":{\"Size\":3,\"Name\":\"n\"},\"Languages\":[\"zh\",\"en\"],\"Users\":[{\"Name\":\"u\"},{}]}",
            "{\"Languages\":[],\"Users\":[]}",
            // unknown top-level parameters are kept as given, after the model's
            "{\"OwnerId\":12,\"TaskId\":\"t\",\"Extra\":{\"a\":[1,\"x\"]}}"
    })
    void wellTypedParametersSkipTheRoundTripWithTheSameResult(String text) throws Exception {
        ObjectNode fast = fast(text);
        assertThat(fast).as("fast path for %s", text).isNotNull();
        assertSameAsRoundTrip(fast, roundTrip(text));
        assertSameAsRoundTrip(Parameters.checkTypes(json(text), Request.class, "describeTask"), roundTrip(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a number given as a string: the round trip converts it
            "{\"SdkAppId\":\"1400000001\"}",
            "{\"MaxIdleTime\":\"60\"}",
            "{\"TaskId\":42}",
            "{\"Enabled\":\"true\"}",
            // a long node for an Integer in its range
            "{\"MaxIdleTime\":60000000000}",
            // types not described: a Float is given as a double node
            "{\"Ratio\":0.5}",
            // an unknown nested field, which the round trip drops
            "{\"Params\":{\"Name\":\"n\",\"Color\":\"red\"}}",
            // a null list element, which the round trip keeps
            "{\"Languages\":[\"zh\",null]}",
            // an object where the model has a String (a JSON-string field not turned into a string)
            "{\"Config\":{\"Model\":\"x\"}}",
            // an out-of-range Long
            "{\"SdkAppId\":18446744073709551616}"
    })
    void anythingElseTakesTheRoundTrip(String text) throws Exception {
        assertThat(fast(text)).as("fast path for %s", text).isNull();
    }

    @Test
    void convertibleValuesAreConvertedByTheRoundTrip() throws Exception {
        ObjectNode typed = Parameters.checkTypes(json("{\"SdkAppId\":\"1400000001\",\"MaxIdleTime\":\"60\","
                                                      + "\"Ratio\":0.5,\"Params\":{\"Name\":\"n\",\"Color\":\"red\"}}"),
                Request.class, "describeTask");
        assertThat(typed.get("SdkAppId").isLong()).isTrue();
        assertThat(typed.get("SdkAppId").longValue()).isEqualTo(1400000001L);
        assertThat(typed.get("MaxIdleTime").intValue()).isEqualTo(60);
        assertThat(typed.get("Ratio").isFloat()).isTrue();
        assertThat(typed.get("Params").has("Color")).isFalse();
    }

    @Test
    void badValuesFailNamingTheFieldAsBefore() {
        assertThatThrownBy(() -> Parameters.checkTypes(json("{\"SdkAppId\":\"many\"}"), Request.class, "describeTask"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid parameter SdkAppId for operation describeTask: expected Long");
        assertThatThrownBy(() -> Parameters.checkTypes(json("{\"Params\":{\"Size\":\"big\"}}"), Request.class,
                "describeTask")).hasMessageStartingWith("Invalid parameter Params.Size for operation describeTask");
        assertThatThrownBy(() -> Parameters.checkTypes(json("{\"Users\":[{\"Size\":[]}]}"), Request.class,
                "describeTask")).hasMessageStartingWith("Invalid parameter Users[0].Size for operation describeTask");
        assertThatThrownBy(() -> Parameters.checkTypes(json("{\"SdkAppId\":18446744073709551616}"), Request.class,
                "describeTask")).hasMessageStartingWith("Invalid parameter SdkAppId for operation describeTask");
        assertThatThrownBy(() -> Parameters.checkTypes(json("{\"Config\":{\"Model\":\"x\"}}"), Request.class,
                "describeTask")).hasMessageStartingWith("Invalid parameter Config for operation describeTask");
    }

    @Test
    void modelsThatAreNotPlainFieldBindingAlwaysTakeTheRoundTrip() throws Exception {
        assertThat(ModelShape.of(WithPrimitive.class).normalize(json("{}"))).isNull();
        assertThat(Parameters.checkTypes(json("{}"), WithPrimitive.class, "op").get("Count").intValue()).isZero();
        assertThat(ModelShape.of(ObjectNode.class).normalize(json("{}"))).isNull();
    }

    @Test
    void aFilledValueIsTheNodeJacksonWouldMakeOfIt() throws Exception {
        for (Object value : List.of("room-1", 1400000001L, 7L, 60, true, Map.of("Format", "pcm"))) {
            ObjectNode params = json("{}");
            Parameters.fillIfAbsent(params, "P", value);
            JsonNode expected = Json.MAPPER.valueToTree(value);
            assertThat(params.get("P")).as("%s", value).isEqualTo(expected).hasSameClassAs(expected);
        }
        ObjectNode params = json("{\"P\":\"given\",\"Blank\":\" \"}");
        Parameters.fillIfAbsent(params, "P", "option");
        Parameters.fillIfAbsent(params, "Blank", "option");
        Parameters.fillIfAbsent(params, "Q", " ");
        assertThat(params.toString()).isEqualTo("{\"P\":\"given\",\"Blank\":\"option\"}");
    }

    @Test
    void aBlankHeaderFallsBackToTheOption() throws Exception {
        ObjectNode params = json("{\"Given\":\"body\"}");
        Parameters.fillIfAbsent(params, "Given", "header", "option");
        Parameters.fillIfAbsent(params, "FromHeader", "header", "option");
        Parameters.fillIfAbsent(params, "BlankHeader", " ", "option");
        Parameters.fillIfAbsent(params, "NoHeader", null, "option");
        Parameters.fillIfAbsent(params, "Neither", "", null);
        assertThat(params.toString()).isEqualTo(
                "{\"Given\":\"body\",\"FromHeader\":\"header\",\"BlankHeader\":\"option\",\"NoHeader\":\"option\"}");
    }

    @Test
    void theResultIsANewTreeTheCallerMayChange() throws Exception {
        ObjectNode given = json("{\"TaskId\":\"t\"}");
        ObjectNode typed = Parameters.checkTypes(given, Request.class, "describeTask");
        typed.put("RegionId", "cn-shanghai");
        assertThat(given.has("RegionId")).isFalse();
        JsonNode same = Parameters.checkTypes(json("{\"TaskId\":\"t\"}"), Request.class, "describeTask");
        assertThat(same.has("RegionId")).isFalse();
    }
}
