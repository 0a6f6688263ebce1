package org.wirefold.common.model;

/**
 * A count or quantity stated in one article, as the extractor read it.
 *
 * @param key       fact identity across outlets: predicate, counted thing and place, e.g. {@code released|prisoner|}
 * @param predicate normalised verb class: {@code released}, {@code sent}, {@code killed}, {@code injured}, … or {@code stated}
 * @param subject   what is counted, head noun normalised to singular, e.g. {@code prisoner}
 * @param place     destination or place, lower case, empty when none
 * @param value     the number
 * @param qualifier {@code =} exact, {@code ~} approximate, {@code >} more than, {@code <} fewer than, {@code up}/{@code down} changes
 * @param other     stated as "N other X" (the count excludes something named beside it)
 * @param corrects  the earlier value this one explicitly corrects ("four, not five as first reported"), or null
 * @param span      the words the value was read from
 */
public record Fact(String key, String predicate, String subject, String place, double value, String qualifier,
                   boolean other, Double corrects, String span) {
}
