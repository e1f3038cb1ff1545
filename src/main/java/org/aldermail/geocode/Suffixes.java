package org.aldermail.geocode;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Street suffixes: the USPS Publication 28 (appendix C1) spellings and abbreviations of the suffix types
 * Chicago uses, mapped to the City's abbreviation.
 */
final class Suffixes {

    private static final Map<String, String> CANONICAL = new HashMap<>();

    static {
        add("AVE", "AVENUE", "AV", "AVEN", "AVENU", "AVN", "AVNUE");
        add("ST", "STREET", "STR", "STRT");
        add("RD", "ROAD");
        add("BLVD", "BOULEVARD", "BOUL", "BOULV", "BLV");
        add("DR", "DRIVE", "DRIV", "DRV");
        add("PL", "PLACE");
        add("CT", "COURT", "CRT");
        add("PKWY", "PARKWAY", "PARKWY", "PKWAY", "PKY", "PARKWAYS", "PKWYS");
        add("TER", "TERRACE", "TERR");
        add("LN", "LANE");
        add("HWY", "HIGHWAY", "HIGHWY", "HIWAY", "HIWY", "HWAY");
        add("EXPY", "EXPRESSWAY", "EXPR", "EXPRESS", "EXPW", "EXP");
        add("PLZ", "PLAZA", "PLZA");
        add("SQ", "SQUARE", "SQR", "SQRE", "SQU");
        add("WAY", "WY");
        add("ROW");
        add("CRES", "CRESCENT", "CRSENT", "CRSNT");
        add("CIR", "CIRCLE", "CIRC", "CIRCL", "CRCL", "CRCLE");
        add("TRL", "TRAIL", "TRAILS", "TRLS");
        add("SR");
        add("RL");
        add("TOLL");
    }

    private Suffixes() {}

    private static void add(String canonical, String... spellings) {
        CANONICAL.put(canonical, canonical);
        for (String spelling : spellings) {
            CANONICAL.put(spelling, canonical);
        }
    }

    /** The City's abbreviation for a suffix word ("Avenue" → AVE), or empty when it is not a suffix. */
    static Optional<String> canonical(String token) {
        return Optional.ofNullable(CANONICAL.get(token));
    }

    /** The long form for display in a spelled-out address ("AVE" → "AVENUE"). */
    static String spelledOut(String canonical) {
        return switch (canonical) {
            case "AVE" -> "AVENUE";
            case "ST" -> "STREET";
            case "RD" -> "ROAD";
            case "BLVD" -> "BOULEVARD";
            case "DR" -> "DRIVE";
            case "PL" -> "PLACE";
            case "CT" -> "COURT";
            case "PKWY" -> "PARKWAY";
            case "TER" -> "TERRACE";
            case "LN" -> "LANE";
            case "HWY" -> "HIGHWAY";
            case "EXPY" -> "EXPRESSWAY";
            case "PLZ" -> "PLAZA";
            case "SQ" -> "SQUARE";
            default -> canonical;
        };
    }
}
