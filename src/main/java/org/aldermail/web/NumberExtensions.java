package org.aldermail.web;

import io.quarkus.qute.TemplateExtension;

/** Number formats for templates and messages: {@code {ward.englishOrdinal}} → "15th". */
@TemplateExtension
public final class NumberExtensions {

    private NumberExtensions() {}

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 23rd… */
    public static String englishOrdinal(int number) {
        int lastTwo = Math.abs(number) % 100;
        int last = Math.abs(number) % 10;
        String suffix =
                lastTwo >= 11 && lastTwo <= 13 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
        return number + suffix;
    }
}
