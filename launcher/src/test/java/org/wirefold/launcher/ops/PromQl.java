package org.wirefold.launcher.ops;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small PromQL tokenizer for tests: finds the metric names an expression selects.
 *
 * <p>String literals, label matchers ({@code {...}}), range/subquery brackets ({@code [...]}) and
 * the label lists of {@code by/without/on/ignoring/group_left/group_right} are removed first; then
 * every remaining identifier that is not a function call (followed by {@code (}), an aggregation
 * operator or a keyword is a metric name. Numbers such as {@code 0.95} or {@code 1e-9} are skipped.
 */
final class PromQl {

    private static final Pattern STRINGS = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'|`[^`]*`");
    private static final Pattern BRACES = Pattern.compile("\\{[^}]*}");
    private static final Pattern BRACKETS = Pattern.compile("\\[[^]]*]");
    private static final Pattern LABEL_LISTS =
            Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])[a-zA-Z_:][a-zA-Z0-9_:]*");

    /** Aggregation operators, binary/set operators and other keywords: never metric names. */
    static final Set<String> KEYWORDS = Set.of(
            "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk",
            "quantile", "limitk", "limit_ratio", "by", "without", "on", "ignoring", "group_left", "group_right",
            "and", "or", "unless", "bool", "offset", "atan2", "inf", "nan", "Inf", "NaN");

    private PromQl() {
    }

    /** The metric names {@code expr} reads. */
    static Set<String> metricNames(String expr) {
        String s = STRINGS.matcher(expr).replaceAll(" ");
        s = BRACES.matcher(s).replaceAll(" ");
        s = BRACKETS.matcher(s).replaceAll(" ");
        s = LABEL_LISTS.matcher(s).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(s);
        while (m.find()) {
            String id = m.group();
            if (KEYWORDS.contains(id) || followedByParenthesis(s, m.end())) {
                continue;
            }
            names.add(id);
        }
        return names;
    }

    private static boolean followedByParenthesis(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i < s.length() && s.charAt(i) == '(';
    }
}
