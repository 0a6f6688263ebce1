package org.wirefold.processor.facts;

/**
 * One quantity read from text, before any fact interpretation: the {@code wirefold extract} output unit.
 *
 * @param value   the number (the lower end of a range; the lower bound of a vague amount such as "hundreds")
 * @param upper   upper end of a range ("19-20", "between $62 and $68", "hundreds" = 100-1000), else null
 * @param change  {@code =} exact, {@code ~} approximate, {@code >} more than, {@code <} fewer than, {@code up}, {@code down}
 * @param unit    the unit or counted noun phrase as written ({@code %}, {@code $}, {@code miles}, {@code political prisoners}),
 *                empty when none
 * @param concept words the quantity is said of (best effort, may be empty)
 * @param span    the characters the number (with currency sign, scale and unit) was read from
 * @param start   character offset of the span in the text
 * @param end     offset after the span
 */
public record Quantity(double value, Double upper, String change, String unit, String concept, String span, int start,
                       int end) {

    /** The value as text: {@code 123}, {@code 2.5}, or {@code 19-20} for a range. */
    public String valueText() {
        return upper == null ? format(value) : format(value) + "-" + format(upper);
    }

    /** Formats a number without a trailing {@code .0}. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
