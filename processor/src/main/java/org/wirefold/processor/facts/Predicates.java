package org.wirefold.processor.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Verb classes of news counts. Synonyms across outlets share one class so that their facts share a key:
 * freed/released, sent/transferred/handed over, killed/dead/died/shot dead, injured/wounded/hurt, arrested/detained,
 * held/remain/imprisoned.
 */
final class Predicates {
    private static final Map<String, String> WORDS = new HashMap<>();
    /** Counted nouns that are people: folded to {@code person} for casualty predicates. */
    static final Set<String> HUMAN = Lexicon.set("person", "people", "persons", "victim", "individual", "man", "woman",
            "child", "teen", "teenager", "boy", "girl", "adult", "bystander", "other", "resident", "civilian",
            "juvenile", "male", "female", "youth", "kid", "student", "customer", "patron", "passenger", "worker",
            "shooting victim", "gunshot victim", "");
    static final Set<String> CASUALTY = Lexicon.set("killed", "injured", "shot");
    /** Predicates whose counted people are folded to {@code person}: casualties, rescued, missing, aboard. */
    static final Set<String> FOLDED = Lexicon.set("killed", "injured", "shot", "rescued", "missing", "aboard");
    /** Counted nouns of a casualty clause that are not victims ("three shots", "two shootings"). */
    static final Set<String> NOT_VICTIM = Lexicon.set("shot", "gunshot", "round", "bullet", "shooting", "block",
            "incident", "vehicle", "car", "home", "house", "call", "case", "homicide", "murder", "time", "weapon", "gun",
            "handgun", "rifle", "attack", "week", "day", "hour", "minute", "month", "year", "wound", "injury", "death",
            "charge", "count", "officer-involved", "suspect", "arrest", "shell", "casing", "received", "critical",
            "hospital", "area", "city", "state", "county", "school", "story", "report", "photo", "video", "comment");

    static {
        put("released", "freed", "frees", "free", "released", "releases", "release", "releasing", "pardoned",
                "liberated", "freeing");
        put("sent", "sent", "sends", "send", "transferred", "transfers", "transported", "handed", "deported",
                "flown", "expelled", "repatriated", "extradited", "sending", "transferring");
        put("killed", "killed", "kills", "kill", "killing", "dead", "died", "die", "dies", "dying", "deaths",
                "fatalities", "slain", "murdered", "murdering", "perished", "fatally", "death", "lives");
        put("injured", "injured", "injuring", "injures", "injure", "wounded", "wounding", "hurt", "hurting",
                "hospitalized", "hospitalised", "survived", "survives");
        put("arrested", "arrested", "arrests", "detained", "detaining", "rounded");
        put("held", "held", "remain", "remains", "remained", "imprisoned", "jailed", "incarcerated", "hostage",
                "hostages", "captive", "captives");
        put("charged", "charged", "indicted", "convicted", "sentenced", "accused", "prosecuted");
        put("stated", "identified", "interviewed", "questioned", "named");
        put("evacuated", "evacuated", "evacuate", "evacuation");
        put("missing", "missing", "unaccounted");
        put("rescued", "rescued", "rescue", "rescues", "rescuing", "saved", "pulled", "plucked", "airlifted",
                "winched");
        put("aboard", "aboard", "onboard", "board", "carrying", "carried", "carries");
        put("capacity", "licensed", "capacity", "certified", "rated", "designed", "permitted");
        put("displaced", "displaced", "homeless");
        put("shot", "shot");
    }

    private Predicates() {
    }

    /**
     * Whether a counted noun (singular) names people: victims can only be people. Empty (elided) counts too. A
     * family is a group, not a person ("two families are hurting").
     */
    static boolean human(String subject) {
        if (subject.isEmpty() || HUMAN.contains(subject) || ImplicitCounts.isVictim(subject)
                || PEOPLE.contains(subject)) {
            return true;
        }
        String s = subject;
        return s.length() > 4 && (s.endsWith("er") || s.endsWith("or") || s.endsWith("ist") || s.endsWith("ian")
                || s.endsWith("ee") || s.endsWith("ant") || s.endsWith("ent") || s.endsWith("goer")
                || s.endsWith("man") && s.length() > 5)
                && !NOT_VICTIM.contains(s);
    }

    private static final Set<String> PEOPLE = Lexicon.set("relative", "member", "civilian", "bailiff", "innocent",
            "classmate", "sibling", "tenant", "grandparent", "parent", "kid", "soldier", "troop", "protester",
            "miner", "pilgrim", "tourist", "migrant", "refugee", "hostage", "inmate", "prisoner", "cop", "guest",
            "spectator", "fan", "athlete", "player", "child", "minor", "teen", "toddler", "baby", "infant", "sister",
            "brother", "son", "daughter", "mother", "father", "husband", "wife", "grandchild", "people", "person",
            "staff", "crew", "faculty", "pupil", "student", "citizen", "national", "resident", "victim", "attendee");

    private static void put(String cls, String... words) {
        for (String w : words) {
            WORDS.put(w, cls);
        }
    }

    /**
     * Whether the word at {@code k} really has its class: "pulled" rescues only "from" somewhere ("pulled 57
     * survivors from the lake"), "board" is aboard only "on board".
     */
    static boolean sure(List<Tok> t, int k, String cls) {
        String w = t.get(k).lower();
        if (w.equals("board")) {
            return k > 0 && t.get(k - 1).is("on");
        }
        if (w.equals("pulled") || w.equals("plucked")) {
            for (int j = k + 1; j < Math.min(t.size(), k + 8); j++) {
                if (t.get(j).is("from") || t.get(j).is("out")) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /**
     * The class of the word at {@code k}, reading "taken (rushed, transported) to the hospital" as {@code injured}, or
     * as {@code killed} when the sentence goes on to a death ("… to the hospital, where he died").
     */
    static String at(List<Tok> t, int k, int to) {
        String w = t.get(k).lower();
        if (TRIPS.contains(w)) {
            int end = Math.min(to, k + 4);
            for (int j = k + 1; j < end; j++) {
                if (t.get(j).is("hospital") || t.get(j).is("hospitals")) {
                    for (int d = j + 1; d < Math.min(to, j + 10); d++) {
                        if ("killed".equals(of(t.get(d).lower()))) {
                            return "killed";
                        }
                    }
                    return "injured";
                }
            }
        }
        if ((w.equals("survived") || w.equals("survives")) && k + 1 < to && t.get(k + 1).is("by")) {
            return null; // "he is survived by his wife and three children": his family, no victims
        }
        return of(w);
    }

    private static final Set<String> TRIPS = Lexicon.set("taken", "rushed", "transported", "brought", "driven");

    /** The class of a word, or null. */
    static String of(String lowerWord) {
        return WORDS.get(lowerWord);
    }

    static boolean isPredicate(String lowerWord) {
        return WORDS.containsKey(lowerWord);
    }

    /** Singular, lower-case head noun of a counted noun phrase ("political prisoners" → "prisoner"). */
    static String head(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        String u = unit.toLowerCase(Locale.ROOT).strip();
        int sp = u.lastIndexOf(' ');
        String w = sp >= 0 ? u.substring(sp + 1) : u;
        int dash = w.lastIndexOf('-');
        if (dash >= 0 && dash < w.length() - 1) {
            w = w.substring(dash + 1);
        }
        return singular(w);
    }

    static String singular(String w) {
        String irregular = Lexicon.IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.equals("others")) {
            return "other";
        }
        if (w.endsWith("men") && w.length() > 5) {
            return w.substring(0, w.length() - 3) + "man"; // fishermen, policemen, crewmen
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
