package org.aldermail.geocode;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways residents type the same address, generated from a sample row's text: lower case, spelled-out
 * direction and suffix, without the city/state/ZIP, with a unit, and with one wrong letter in the street name.
 */
final class AddressVariants {

    record Variant(String name, UnaryOperator<String> apply) {}

    private static final Pattern PLACE =
            Pattern.compile(",\\s*CHICAGO,\\s*IL\\s*\\d{5}(-\\d{4})?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern STREET =
            Pattern.compile("^(\\d+\\S*) (N|S|E|W) (.+?) (AVE|ST|RD|BLVD|DR|PL|CT|PKWY|TER|LN|HWY|EXPY)\\b(.*)$");
    private static final Pattern NAME_WORD = Pattern.compile("[A-Z]{5,}");

    static final List<Variant> ALL = List.of(
            new Variant("sample as is", s -> s),
            new Variant("lower case", s -> s.toLowerCase(Locale.ROOT)),
            new Variant("spelled out", AddressVariants::spelledOut),
            new Variant("without city/ZIP", s -> PLACE.matcher(s).replaceFirst("")),
            new Variant("ZIP only", AddressVariants::zipOnly),
            new Variant("with unit", AddressVariants::withUnit),
            new Variant("Spanish words", AddressVariants::inSpanish),
            new Variant("one typo", AddressVariants::withTypo));

    private static final Pattern ZIP =
            Pattern.compile(",\\s*CHICAGO,\\s*IL\\s*(\\d{5})(-\\d{4})?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AVE_OR_ST = Pattern.compile("^(\\d+\\S*) (N|S|E|W) (.+?) (AVE|ST)\\b(.*)$");

    private AddressVariants() {}

    static String spelledOut(String address) {
        Matcher m = STREET.matcher(address);
        if (!m.matches()) {
            return address;
        }
        String direction = Direction.valueOf(m.group(2)).word();
        return m.group(1) + " " + capitalize(direction) + " " + m.group(3) + " "
                + capitalize(Suffixes.spelledOut(m.group(4))) + m.group(5);
    }

    /** "1234 W FULLERTON AVE 60614": the ZIP without the city and state. */
    static String zipOnly(String address) {
        return ZIP.matcher(address).replaceFirst(" $1");
    }

    /** "1234 Oeste Avenida Fullerton", "3500 Oeste Calle 26": the suffix as a Spanish word before the name. */
    static String inSpanish(String address) {
        Matcher m = AVE_OR_ST.matcher(address);
        if (!m.matches()) {
            return address;
        }
        String direction = switch (m.group(2)) {
            case "N" -> "Norte";
            case "S" -> "Sur";
            case "E" -> "Este";
            default -> "Oeste";
        };
        String word = m.group(4).equals("AVE") ? "Avenida" : "Calle";
        return m.group(1) + " " + direction + " " + word + " " + m.group(3) + m.group(5);
    }

    static String withUnit(String address) {
        int comma = address.indexOf(',');
        String unit = List.of(" Apt 2", " #3F", " Unit B").get(Math.floorMod(address.hashCode(), 3));
        return comma < 0 ? address + unit : address.substring(0, comma) + unit + address.substring(comma);
    }

    /** One letter of the street name's longest word (5+ letters) replaced; numbered streets are left as they are. */
    static String withTypo(String address) {
        Matcher m = STREET.matcher(address);
        if (!m.matches()) {
            return address;
        }
        Matcher word = NAME_WORD.matcher(m.group(3));
        String longest = null;
        int start = -1;
        while (word.find()) {
            if (longest == null || word.group().length() > longest.length()) {
                longest = word.group();
                start = word.start();
            }
        }
        if (longest == null) {
            return address;
        }
        int hash = Math.floorMod(address.hashCode(), 1 << 20);
        int position = 1 + hash % (longest.length() - 2);
        char replaced = (char) ('A' + (longest.charAt(position) - 'A' + 1 + hash % 25) % 26);
        String name = m.group(3).substring(0, start + position)
                + replaced
                + m.group(3).substring(start + position + 1);
        return m.group(1) + " " + m.group(2) + " " + name + " " + m.group(4) + m.group(5);
    }

    private static String capitalize(String word) {
        return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }
}
