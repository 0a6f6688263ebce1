package org.wirefold.processor.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a headline and a body into weighted term frequencies for TF-IDF: lower-cased, lightly stemmed words without
 * stop words; numbers; named entities (capitalised words not at a sentence start, weighted up) and entity phrases
 * (adjacent capitalised words, as {@code first_second}). Headline words count extra; the body counts up to a token
 * limit, its lead more than the rest. Thread-safe.
 */
public final class TermExtractor {
    private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList(("a about above after again against all also am an and any are aren't as at be "
            + "because been before being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't "
            + "down during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers "
            + "herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my "
            + "myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll she's "
            + "should shouldn't so some such than that that's the their theirs them themselves then there there's these they they'd "
            + "they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't "
            + "what what's when when's where where's which while who who's whom why why's with won't would wouldn't you you'd you'll "
            + "you're you've your yours yourself yourselves said says say told tell according will just one two new also now like get got "
            + "us mr mrs ms dr st monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week year years "
            + "month months day days time am pm news report reported reports reuters ap via").split(" ")));

    private static final java.util.Map<String, String> NUMBER_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("two", "2"), java.util.Map.entry("three", "3"), java.util.Map.entry("four", "4"),
            java.util.Map.entry("five", "5"), java.util.Map.entry("six", "6"), java.util.Map.entry("seven", "7"),
            java.util.Map.entry("eight", "8"), java.util.Map.entry("nine", "9"), java.util.Map.entry("ten", "10"),
            java.util.Map.entry("eleven", "11"), java.util.Map.entry("twelve", "12"), java.util.Map.entry("dozen", "12"),
            java.util.Map.entry("double", "2"), java.util.Map.entry("triple", "3"), java.util.Map.entry("quadruple", "4"));

    private static final int AGE_CHARS = 1200;
    private static final int MAX_AGE = 110;
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile(
            "\\b(\\d{1,3})[- ](?:years?|yrs?)[- ]old\\b|\\p{L}, (\\d{1,3}),");

    /** Prefix of age terms ({@code age_17}): ages of the persons an article is about, an identity feature of incidents. */
    public static final String AGE_PREFIX = "age_";

    private final double titleWeight;
    private final double entityWeight;
    private final double phrasePart;
    private final int maxTokens;
    private final int leadTokens;

    /**
     * @param titleWeight  extra count of each headline term
     * @param entityWeight multiplier of entity terms and phrases
     * @param maxTokens    body tokens read at most
     * @param leadTokens   body tokens counted in full; later ones count half
     */
    public TermExtractor(double titleWeight, double entityWeight, int maxTokens, int leadTokens) {
        this(titleWeight, entityWeight, maxTokens, leadTokens, 1.0);
    }

    /**
     * @param phrasePart factor of a capitalised word inside a multi-word name ("North Korea", "Kim Jong Un"): the
     *                   name phrase term carries it, so its words count less and a long name does not outweigh
     *                   the event's own words
     */
    public TermExtractor(double titleWeight, double entityWeight, int maxTokens, int leadTokens, double phrasePart) {
        this.phrasePart = phrasePart;
        this.titleWeight = titleWeight;
        this.entityWeight = entityWeight;
        this.maxTokens = maxTokens;
        this.leadTokens = leadTokens;
    }

    /** Raw (not yet IDF-weighted) term counts of an article; the map is sorted by nothing and owned by the caller. */
    public Map<String, Double> terms(String title, String body) {
        return terms(title, body, 1);
    }

    /**
     * As {@link #terms(String, String)}, but when the body repeats none of the headline's words (at least three
     * plain words, names and ages aside) its terms count only {@code unechoedBody}: such a body is most likely not
     * the article's text (another story of the page, a video list, a sign-in wall), and the headline is the best
     * evidence of what the article reports. {@code unechoedBody} ≥ 1 turns this off. Headline and body are each
     * read once.
     */
    public Map<String, Double> terms(String title, String body, double unechoedBody) {
        Map<String, Double> tf = new HashMap<>();
        if (title != null && !title.isBlank()) {
            List<Token> t = tokens(title);
            long caps = t.stream().filter(x -> x.capital).count();
            boolean titleCase = caps * 10 >= t.size() * 6L;
            add(tf, t, titleWeight, !titleCase, Integer.MAX_VALUE, Integer.MAX_VALUE);
        }
        if (body != null && !body.isBlank()) {
            Map<String, Double> text = new HashMap<>();
            add(text, tokens(body), 1.0, true, maxTokens, leadTokens);
            double weight = unechoedBody < 1 && echoesNone(tf, text) ? unechoedBody : 1;
            text.forEach((term, count) -> tf.merge(term, count * weight, Double::sum));
        }
        addAges(tf, (title == null ? "" : title) + "\n" + (body == null ? "" : body.substring(0, Math.min(body.length(), AGE_CHARS))));
        return tf;
    }

    /** Whether the headline has at least three plain words and the body repeats none of them. */
    private static boolean echoesNone(Map<String, Double> headline, Map<String, Double> body) {
        long words = 0;
        for (String t : headline.keySet()) {
            if (plain(t)) {
                if (body.containsKey(t)) {
                    return false;
                }
                words++;
            }
        }
        return words >= 3;
    }

    /** A headline word for the echo test: not a name phrase, not an age term. */
    private static boolean plain(String term) {
        return term.indexOf('_') < 0;
    }

    private void add(Map<String, Double> tf, List<Token> tokens, double weight, boolean entities, int max, int lead) {
        int n = Math.min(max, tokens.size());
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            double w = i < lead ? weight : weight * 0.5;
            boolean entity = entities && t.capital && !t.sentenceStart;
            if (entities && t.capital && i + 1 < n && tokens.get(i + 1).capital && !tokens.get(i + 1).sentenceStart
                    && t.term != null && tokens.get(i + 1).term != null) {
                tf.merge(t.term + "_" + tokens.get(i + 1).term, w * entityWeight, Double::sum);
                entity = true;
            }
            if (t.term == null) {
                continue;
            }
            boolean inPhrase = entities && t.capital && ((i + 1 < n && tokens.get(i + 1).capital && !tokens.get(i + 1).sentenceStart
                    && tokens.get(i + 1).term != null) || (i > 0 && !t.sentenceStart && tokens.get(i - 1).capital && tokens.get(i - 1).term != null));
            tf.merge(t.term, entity ? w * entityWeight * (inPhrase ? phrasePart : 1.0) : w, Double::sum);
        }
    }

    /** Adds {@code age_N} once per distinct age written as "N-year-old" or "Name, N," in the headline and lead. */
    private static void addAges(Map<String, Double> tf, String text) {
        java.util.regex.Matcher m = AGE.matcher(text);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (m.find()) {
            int age = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (age <= MAX_AGE && seen.add(AGE_PREFIX + age)) {
                tf.merge(AGE_PREFIX + age, 1.0, Double::sum);
            }
        }
    }

    /** One word of the text. {@code term} is null for stop words. */
    private record Token(String term, boolean capital, boolean sentenceStart) {
    }

    private static List<Token> tokens(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        List<Token> out = new ArrayList<>();
        int i = 0;
        int len = s.length();
        boolean sentenceStart = true;
        while (i < len) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '"' || c == '\u201c' || c == '(') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < len && (Character.isLetterOrDigit(s.charAt(i))
                    || ((s.charAt(i) == '\'' || s.charAt(i) == '\u2019') && i + 1 < len && Character.isLetter(s.charAt(i + 1))))) {
                i++;
            }
            String word = s.substring(start, i);
            boolean capital = Character.isUpperCase(word.charAt(0));
            out.add(new Token(term(word), capital && !isStop(word), sentenceStart));
            sentenceStart = false;
        }
        return out;
    }

    private static boolean isStop(String word) {
        return STOP.contains(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** Lower-cased light stem of a word, or null for stop words and single letters. */
    static String term(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() < 2 || STOP.contains(w)) {
            return null;
        }
        if (Character.isDigit(w.charAt(0))) {
            return w;
        }
        String number = NUMBER_WORDS.get(w);
        if (number != null) {
            return number;
        }
        if (w.length() > 6 && w.endsWith("ing")) {
            return undouble(w.substring(0, w.length() - 3));
        }
        if (w.length() > 5 && w.endsWith("ed") && !w.endsWith("eed")) {
            return undouble(w.substring(0, w.length() - 2));
        }
        if (w.length() > 6 && w.endsWith("ers")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 5 && w.endsWith("er")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
