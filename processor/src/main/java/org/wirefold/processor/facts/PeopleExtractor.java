package org.wirefold.processor.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.wirefold.common.model.Story;

/**
 * Finds person names in text and merges their spelling variants across a story. Thread-safe.
 *
 * <p>A name is a run of two or three capitalised words (after dropping a leading title such as "Mr." or
 * "President") none of which is a common capitalised non-name word, a demonym or a participle, and which has person
 * evidence ({@link PersonEvidence}): a title or role before it, a speech verb next to it, a common given name, or the
 * same name or surname with such evidence elsewhere in the text. Runs with a place or organisation word ("Port",
 * "Lake", "Wire", "Star", …) or an all-caps prefix are dropped. A lone surname counts
 * as a mention of the full name with that last word in the same text, or stands alone after a title ("Ms.
 * Kolesnikova"). {@link #merge} groups spellings whose surnames share a transliteration skeleton and grammatical
 * gender and whose first names agree ({@link NameKey}).
 */
public final class PeopleExtractor {
    private static final Set<String> TITLES = Lexicon.set("mr", "mrs", "ms", "miss", "dr", "prof", "president",
            "sen", "senator", "gov", "governor", "rep", "mayor", "minister", "chancellor", "king", "queen", "prince",
            "pope", "judge", "officer", "sgt", "sergeant", "lt", "capt", "captain", "gen", "general", "chief",
            "detective", "deputy", "sheriff", "coach", "sir", "lady", "lord", "rev", "father", "envoy", "leader",
            "secretary", "ambassador", "spokesman", "spokeswoman", "st", "saint", "pastor", "corporal", "trooper");
    private static final Set<String> NON_NAME = Lexicon.set("the", "a", "an", "in", "on", "at", "and", "but", "or",
            "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "his", "her", "their", "our", "its",
            "after", "before", "while", "when", "as", "for", "with", "from", "by", "of", "to", "if", "some", "many",
            "most", "all", "other", "more", "police", "state", "city", "county", "university", "college", "house",
            "senate", "congress", "department", "news", "times", "post", "press", "street", "road", "avenue", "united",
            "states", "european", "union", "nations", "national", "international", "nobel", "peace", "prize", "council",
            "committee", "ministry", "prime", "government", "court", "party", "group", "company", "inc", "corp",
            "church", "school", "hospital", "center", "centre", "club", "park", "airport", "embassy", "office",
            "agency", "bureau", "service", "force", "army", "navy", "guard", "republic", "kingdom", "federation",
            "headquarters", "coordination", "war", "prisoner", "prisoners", "eastern", "western", "northern",
            "southern", "north", "south", "east", "west", "new", "key", "points", "follow", "leave", "reply", "who",
            "what", "why", "how", "where", "conclusion", "reaction", "according", "among", "summary", "article",
            "breaking", "update", "updated", "read", "more", "share", "click", "facebook", "twitter", "instagram",
            "google", "telegram", "youtube", "copyright", "rights", "reserved", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "christmas", "day", "year", "county", "sheriff",
            "office", "fire", "rescue", "medical", "examiner", "crime", "stoppers", "unit", "division", "district",
            "attorney", "general", "associated", "reuters", "bbc", "cnn", "fox", "abc", "nbc", "cbs", "channel", "tv",
            "radio", "online", "media", "social", "mount", "lake", "river", "beach", "county's", "mr", "ms", "mrs",
            "special", "opposition", "human", "watch", "amnesty", "foundation", "institute", "association", "center",
            "health", "security", "affairs", "foreign", "interior", "justice", "white", "supreme", "federal",
            "democratic", "republican", "democrat", "economic", "world", "cup", "league", "team", "fc", "square", "hall",
            "tower", "bridge", "station", "island", "islands", "valley", "hills", "heights", "village", "town",
            "there", "here", "however", "meanwhile", "also", "yet", "still", "now", "then", "today", "tonight",
            "yesterday", "tomorrow", "anyone", "everyone", "one", "two", "three", "no", "not", "please", "why", "faqs");

    /** One entry per mention, as spelled in the text. */
    public List<String> mentions(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        List<Tok> t = Tokenizer.tokens(text);
        List<String[]> runs = new ArrayList<>(); // [spelling, titled?]
        java.util.BitSet covered = new java.util.BitSet(t.size());
        for (int[] s : Tokenizer.sentences(t)) {
            boolean headline = titleCase(t, s[0], s[1]);
            int i = s[0];
            while (i < s[1]) {
                if (!t.get(i).capitalized()) {
                    i++;
                    continue;
                }
                boolean titled = false;
                int j = i;
                while (j < s[1] && t.get(j).capitalized() && TITLES.contains(t.get(j).lower())) {
                    titled = true;
                    j++;
                    if (j < s[1] && t.get(j).is(".")) {
                        j++;
                    }
                }
                List<String> words = new ArrayList<>();
                int k = j;
                while (k < s[1] && t.get(k).capitalized() && words.size() < 4) {
                    words.add(clean(t.get(k).text()));
                    k++;
                    if (k + 1 < s[1] && t.get(k).is("-") && !t.get(k).space() && t.get(k + 1).capitalized()) {
                        words.set(words.size() - 1, words.get(words.size() - 1) + "-" + t.get(k + 1).text());
                        k += 2;
                    }
                }
                if (!words.isEmpty() && words.stream().allMatch(PeopleExtractor::nameLike)
                        && (words.size() >= 2 && words.size() <= 3 && !headline || words.size() == 1 && titled)
                        && !PersonEvidence.rejected(words)) {
                    boolean evidence = titled || PersonEvidence.around(t, j, k, s[0], s[1])
                            || PersonEvidence.givenName(words.get(0));
                    runs.add(new String[] {String.join(" ", words), evidence ? "t" : ""});
                    covered.set(i, k);
                }
                i = Math.max(k, i + 1);
            }
        }
        // a run without evidence of its own counts when the same name or surname has some elsewhere in the text
        Set<String> evidenced = new java.util.HashSet<>();
        for (String[] r : runs) {
            if (!r[1].isEmpty()) {
                evidenced.add(r[0]);
                evidenced.add(r[0].substring(r[0].lastIndexOf(' ') + 1));
            }
        }
        runs.removeIf(r -> r[1].isEmpty() && !evidenced.contains(r[0])
                && !evidenced.contains(r[0].substring(r[0].lastIndexOf(' ') + 1)));
        // full names of this text by surname, to resolve lone surnames
        Map<String, String> bySurname = new HashMap<>();
        for (String[] r : runs) {
            if (r[0].indexOf(' ') > 0) {
                bySurname.putIfAbsent(r[0].substring(r[0].lastIndexOf(' ') + 1), r[0]);
            }
        }
        Set<String> surnames = bySurname.keySet();
        for (String[] r : runs) {
            out.add(r[0].indexOf(' ') > 0 ? r[0] : bySurname.getOrDefault(r[0], r[0]));
        }
        // lone surnames not caught as runs ("Kolesnikova, who was ...")
        for (int i = 0; i < t.size(); i++) {
            Tok x = t.get(i);
            if (x.capitalized() && !covered.get(i) && surnames.contains(clean(x.text())) && !partOfRun(t, i)) {
                out.add(bySurname.get(clean(x.text())));
            }
        }
        return out;
    }

    /** Groups spellings of the same person (transliteration variants) and sums their mentions, most mentioned first. */
    public List<Story.Person> merge(Map<String, Integer> mentionsBySpelling) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(mentionsBySpelling.entrySet());
        // full names first (most mentioned first), then lone surnames
        entries.sort(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getKey().indexOf(' ') < 0)
                .thenComparing(e -> -e.getValue()).thenComparing(Map.Entry::getKey));
        List<Group> groups = new ArrayList<>();
        // a group holds one surname skeleton, so a spelling is compared only with the groups of its own skeleton
        Map<String, List<Group>> bySkeleton = new HashMap<>();
        for (Map.Entry<String, Integer> e : entries) {
            String spelling = e.getKey().strip();
            if (spelling.isEmpty()) {
                continue;
            }
            List<Group> sameSkeleton = bySkeleton.computeIfAbsent(NameKey.skeleton(last(spelling)), k -> new ArrayList<>());
            Group home = null;
            for (Group g : sameSkeleton) {
                if (g.accepts(spelling) && (home == null || g.total() > home.total())) {
                    home = g;
                    if (spelling.indexOf(' ') > 0) {
                        break;
                    }
                }
            }
            if (home == null) {
                home = new Group();
                groups.add(home);
                sameSkeleton.add(home);
            }
            home.counts.merge(spelling, e.getValue(), Integer::sum);
        }
        List<Story.Person> out = new ArrayList<>();
        for (Group g : groups) {
            String name = g.counts.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Integer> x) -> x.getKey().indexOf(' ') < 0)
                            .thenComparing(x -> -x.getValue()).thenComparing(Map.Entry::getKey))
                    .findFirst().orElseThrow().getKey();
            out.add(new Story.Person(name, List.copyOf(new TreeSet<>(g.counts.keySet())), g.total()));
        }
        out.sort(Comparator.comparingInt((Story.Person p) -> -p.mentions()).thenComparing(Story.Person::name));
        return out;
    }

    /** Spellings believed to be one person. */
    private static final class Group {
        final Map<String, Integer> counts = new LinkedHashMap<>();

        int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Whether {@code spelling}, whose surname has this group's skeleton, fits every spelling of the group. */
        boolean accepts(String spelling) {
            String first = first(spelling);
            String last = last(spelling);
            for (String s : counts.keySet()) {
                if (!NameKey.genderCompatible(last(s), last)
                        || !NameKey.firstCompatible(first(s), first)) {
                    return false;
                }
            }
            return !counts.isEmpty();
        }
    }

    /** A headline in title case: most words capitalised, so capitals say nothing about names. */
    private static boolean titleCase(List<Tok> t, int from, int to) {
        int words = 0;
        int caps = 0;
        for (int i = from; i < to; i++) {
            if (t.get(i).word() && t.get(i).text().length() > 3) {
                words++;
                caps += t.get(i).capitalized() ? 1 : 0;
            }
        }
        return words >= 4 && caps * 10 >= words * 7;
    }

    private static String first(String spelling) {
        int sp = spelling.indexOf(' ');
        return sp < 0 ? null : spelling.substring(0, sp);
    }

    private static String last(String spelling) {
        return spelling.substring(spelling.lastIndexOf(' ') + 1);
    }

    private static boolean partOfRun(List<Tok> t, int i) {
        return i > 0 && t.get(i - 1).capitalized() && !TITLES.contains(t.get(i - 1).lower())
                || i + 1 < t.size() && t.get(i + 1).capitalized();
    }

    static boolean nameLike(String w) {
        String l = w.toLowerCase(java.util.Locale.ROOT);
        if (NON_NAME.contains(l) || w.length() < 2 || w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (l.endsWith("ian") && l.length() > 7 || l.endsWith("ese") || l.endsWith("ish") && l.length() > 6
                || l.endsWith("ed") && l.length() > 5 || l.endsWith("ing") && l.length() > 5) {
            return false;
        }
        return !Lexicon.MONTHS.contains(l) && !Lexicon.DAYS.contains(l);
    }

    static String clean(String w) {
        if (w.endsWith("'s") || w.endsWith("’s")) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }
}
