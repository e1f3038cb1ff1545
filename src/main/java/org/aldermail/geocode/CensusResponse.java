package org.aldermail.geocode;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The parts of the Census geocoder's JSON answer that we read ({@code result.addressMatches[]}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CensusResponse(Result result) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(List<AddressMatch> addressMatches) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AddressMatch(String matchedAddress, Coordinates coordinates) {}

    /** x is longitude, y latitude. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Coordinates(Double x, Double y) {}
}
