package org.aldermail.geocode;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Why a ward is a candidate for an address where wards meet, as the address lookup API says it. English here,
 * Spanish in {@code messages/geocode_es.properties}.
 */
@MessageBundle(value = "geocode", locale = "en")
public interface GeocodeMessages {

    @Message("Covers our estimated position of {address}.")
    String covers_estimate(String address);

    @Message("A ward line runs within a few metres of our estimated position of {address}, on the same side of the"
            + " street.")
    String line_on_same_side(String address);

    @Message("A ward line crosses {street} about {metres} m toward {#if higher}higher{#else}lower{/if} house numbers,"
            + " on the same side of the street; {address} may be on that side of the line.")
    String line_crosses_street(String street, long metres, boolean higher, String address);

    @Message("Covers the point the {source} geocoder gives.")
    String covers_online_point(String source);

    @Message("Its boundary is {metres} m from the point the {source} geocoder gives.")
    String near_online_point(String source, long metres);

    @Message("Is your building {#if northSouth}north or south{#else}east or west{/if} of {street}?")
    String side_question(boolean northSouth, String street);

    @Message("North of {street}")
    String side_north(String street);

    @Message("South of {street}")
    String side_south(String street);

    @Message("East of {street}")
    String side_east(String street);

    @Message("West of {street}")
    String side_west(String street);
}
