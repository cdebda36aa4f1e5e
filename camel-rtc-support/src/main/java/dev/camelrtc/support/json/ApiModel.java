package dev.camelrtc.support.json;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

/**
 * Base of the vendors' request, response and nested models: bound by their fields, and a message body a producer
 * converts into request parameters. toString renders the wire fields with the vendor's secret fields masked.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ApiModel {

    /** Wire fields whose values toString masks wherever they occur. */
    protected abstract Set<String> maskedFields();

    @Override
    public String toString() {
        return Json.describeMasked(this, maskedFields());
    }
}
