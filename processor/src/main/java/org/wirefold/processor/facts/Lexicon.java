package org.wirefold.processor.facts;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Word lists of the quantity and fact extractors: number words, units, qualifier cues, stop words. */
final class Lexicon {
    private Lexicon() {
    }

    static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static final Map<String, Integer> SMALL = new HashMap<>();
    static final Map<String, Integer> TENS = new HashMap<>();
    /** Fraction denominators written in words: "two-thirds of", "a quarter of". */
    static final Map<String, Integer> DENOMINATORS = Map.ofEntries(Map.entry("half", 2), Map.entry("halves", 2),
            Map.entry("third", 3), Map.entry("thirds", 3), Map.entry("quarter", 4), Map.entry("quarters", 4),
            Map.entry("fourth", 4), Map.entry("fourths", 4), Map.entry("fifth", 5), Map.entry("fifths", 5),
            Map.entry("sixth", 6), Map.entry("sixths", 6), Map.entry("eighth", 8), Map.entry("eighths", 8),
            Map.entry("tenth", 10), Map.entry("tenths", 10));
    static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12);
    /** Attached scale abbreviations: {@code 13.6M}, {@code 8.1bn}, {@code 1tn}, {@code 10k}. */
    static final Map<String, Double> SCALE_SUFFIX = Map.of("bn", 1e9, "b", 1e9, "tn", 1e12, "trn", 1e12,
            "mn", 1e6, "mln", 1e6, "m", 1e6, "k", 1e3);
    /** Vague amounts: lower and upper bound. */
    static final Map<String, double[]> VAGUE = Map.of("dozens", new double[] {12, 120}, "hundreds", new double[] {100, 1000},
            "thousands", new double[] {1e3, 1e4}, "millions", new double[] {1e6, 1e7}, "billions", new double[] {1e9, 1e10},
            "scores", new double[] {20, 200}, "tens", new double[] {10, 100});

    static {
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < small.length; i++) {
            SMALL.put(small[i], i);
        }
        SMALL.put("dozen", 12);
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            TENS.put(tens[i], 20 + 10 * i);
        }
    }

    static final Set<String> MONTHS = set("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    static final Set<String> DAYS = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
    /** Words before a year. */
    static final Set<String> YEAR_CUES = set("in", "since", "of", "by", "until", "till", "from", "between", "before",
            "after", "during", "early", "late", "mid", "year", "season", "fiscal", "spring", "summer", "autumn", "fall",
            "winter", "circa", "through", "and", "to", "the", "©", "copyright", "around", "election", "census");
    /** Words after a number that make it a time of day. */
    static final Set<String> TIME_WORDS = set("am", "pm", "a.m", "p.m", "o'clock", "o’clock", "gmt", "utc", "est",
            "edt", "pst", "pdt", "bst", "cet", "et", "pt", "hrs");
    static final Set<String> ORDINAL_SUFFIX = set("th", "st", "nd", "rd");
    /** Lower-case words that label rather than count the number after them ({@code category 4}, {@code Game 7}). */
    static final Set<String> LABELS = set("category", "number", "no", "game", "level", "page", "chapter", "route",
            "grade", "stage", "phase", "type", "version", "round", "room", "flight", "unit", "section", "article", "code",
            "zip", "episode", "season", "week", "day", "channel", "gate", "interstate", "highway", "exit", "lane",
            "block", "apartment", "suite", "floor", "platform", "line", "item", "model", "series", "volume", "issue",
            "figure", "table", "step", "rule", "amendment", "tier", "class", "division", "district", "ward", "precinct",
            "covid", "iphone", "windows", "ios", "android", "option", "mark", "row", "seat", "box", "bus", "track");
    static final Set<String> STREETS = set("road", "rd", "street", "st", "avenue", "ave", "boulevard", "blvd",
            "drive", "dr", "lane", "ln", "way", "court", "ct", "place", "pl", "highway", "hwy", "parkway", "pkwy",
            "terrace", "circle", "square", "trail", "pike", "plaza", "crescent", "close", "row");

    static final Set<String> MORE = set("over", "above", "exceeding", "topping", "surpassing", "plus");
    static final Set<String> LESS = set("under", "below", "sub", "nearly-under");
    static final Set<String> ABOUT = set("about", "around", "approximately", "roughly", "nearly", "almost", "some",
            "approx", "circa", "ca", "estimated", "barely", "~", "≈", "c", "averaged", "averaging", "averages");
    static final Set<String> UP = set("up", "rose", "rise", "rises", "rising", "risen", "gained", "gain", "gains",
            "jumped", "jump", "jumps", "climbed", "climb", "climbs", "advanced", "added", "adds", "increased", "increase",
            "increases", "surged", "surge", "surges", "soared", "soars", "rallied", "spiked", "boosted", "gaining", "climbing",
            "jumping", "soaring", "surging", "increasing", "advancing", "rallying", "higher", "upward", "upwards", "+", "upped", "swelled", "widened");
    static final Set<String> DOWN = set("down", "fell", "fall", "falls", "falling", "dropped", "drop", "drops",
            "dropping", "lost", "lose", "loses", "slid", "slides", "slipped", "slips", "plunged", "plunges", "plummeted",
            "declined", "decline", "declines", "decreased", "decrease", "decreases", "shed", "sheds", "tumbled",
            "tumbles", "sank", "sunk", "slumped", "slumps", "eased", "eases", "dipped", "dip", "dips", "cut", "lower",
            "retreated", "plummeting", "plunging", "sliding", "slipping", "tumbling", "sinking",
            "declining", "decreasing", "shedding", "losing", "shrank", "shrunk", "narrowed", "slashed", "trimmed", "−");

    /** Unit words and symbols read after a number (lower case); multi-word units are joined with a space. */
    static final Set<String> UNITS = set("%", "percent", "per cent", "pc", "percentage points", "percentage point",
            "basis points", "basis point", "bps", "bp", "points", "point", "pts",
            "miles", "mile", "mi", "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "m", "metres", "meters",
            "metre", "meter", "cm", "centimetres", "centimeters", "mm", "millimetres", "millimeters", "millimeter",
            "millimetre", "nm", "nanometers", "nanometres", "nanometer", "nanometre", "μm", "µm", "microns", "micrometres",
            "ft", "feet", "foot", "inch", "inches", "in", "″", "\"", "yards", "yard", "yd", "yds",
            "kg", "kgs", "kilograms", "kilogram", "kilos", "g", "grams", "gram", "mg", "milligrams", "lb", "lbs",
            "pounds", "pound", "ounces", "ounce", "oz", "tonnes", "tonne", "tons", "ton", "t",
            "litres", "liters", "litre", "liter", "l", "ml", "millilitres", "milliliters", "gallons", "gallon", "barrels",
            "barrel", "mph", "km/h", "kph", "km/hr", "kmh", "knots", "rpm", "hp", "bhp", "ps", "kw", "w", "mw", "gw", "gwh",
            "kwh", "mwh", "twh", "watts", "watt", "kilowatts", "megawatts", "gigawatts", "kilowatt", "megawatt",
            "gigawatt", "v", "volts", "volt", "a", "amps", "mah", "hz", "khz", "mhz", "ghz", "gb", "mb", "tb", "kb",
            "gbps", "mbps", "db", "decibels", "°c", "°f", "°", "degrees", "degree", "celsius", "fahrenheit", "c", "f",
            "seconds", "second", "secs", "sec", "s", "minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr", "h",
            "days", "day", "weeks", "week", "months", "month", "years", "year", "yrs", "decades", "decade", "centuries",
            "century", "acres", "acre", "hectares", "hectare", "ha", "sq ft", "sq m", "sq km", "square feet",
            "square foot", "square miles", "square mile", "square metres", "square meters", "square kilometres",
            "square kilometers", "cubic feet", "cubic metres", "cubic meters", "m2", "km2", "cm2", "m3", "psi", "gpa",
            "mpa", "kpa", "nm", "lb-ft", "pound-feet", "ppb", "ppm", "calories", "kcal", "mpg", "times", "x", "year-old",
            "years-old", "month-old", "week-old", "day-old", "a/cm2", "mmbtu", "btu", "kn", "teu", "carats", "ct");
    /** Currency words and symbols after or before an amount. */
    static final Set<String> CURRENCY = set("$", "€", "£", "¥", "₹", "₩", "₽", "dollars", "dollar", "euros", "euro",
            "yen", "yuan", "renminbi", "shekels", "shekel", "rupees", "rupee", "francs", "franc", "crowns", "crowns",
            "kronor", "krona", "kroner", "krone", "rubles", "roubles", "ruble", "rouble", "pesos", "peso", "reais", "real",
            "rand", "won", "ringgit", "baht", "dinars", "dirhams", "riyals", "lira", "zloty", "kuna", "sen", "cents",
            "cent", "pence", "p", "usd", "eur", "gbp", "jpy", "cad", "aud", "chf", "cny", "inr", "rm", "hk", "ps", "us",
            "rs", "sgd", "nz", "bitcoin", "bitcoins", "btc");
    /** Units of duration and age: never counts of a news fact. */
    static final Set<String> TIME_UNITS = set("second", "minute", "hour", "day", "week", "month", "year", "decade",
            "century", "sec", "min", "hr", "yr", "year-old", "years-old", "month-old", "week-old", "day-old", "time",
            "night", "weekend", "term", "season", "generation");
    /** Words that stop a noun phrase after a number. */
    static final Set<String> STOP = set("the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with",
            "and", "or", "but", "nor", "as", "than", "that", "which", "who", "whom", "whose", "this", "these", "those",
            "it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "we", "us", "our", "you", "your", "i",
            "me", "my", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do",
            "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no",
            "into", "onto", "over", "under", "about", "after", "before", "since", "during", "while", "when", "where",
            "why", "how", "if", "because", "so", "up", "down", "out", "off", "also", "all", "each", "every", "more",
            "most", "less", "least", "other", "others", "said", "says", "say", "told", "left", "got", "get", "gets",
            "made", "make", "makes", "came", "come", "went", "go", "goes", "took", "take", "takes", "saw", "see", "sees",
            "there", "here", "then", "now", "just", "only", "even", "still", "yet", "already", "again", "too", "very",
            "available", "including", "among", "amid", "per", "via", "versus", "vs", "against", "between", "through",
            "across", "toward", "towards", "within", "without", "behind", "inside", "outside", "near", "ago", "later",
            "earlier", "apiece", "each", "both", "either", "neither", "away", "back", "along", "alongside", "besides",
            "until", "till", "whereas", "whether", "total", "overall", "altogether", "proves", "remain", "remains",
            "remained", "became", "become", "becomes", "last", "next", "this", "that", "today", "yesterday", "tomorrow");
    /** Irregular plurals and plural-only nouns: heads that end a noun phrase. */
    static final Map<String, String> IRREGULAR = Map.of("people", "person", "men", "man", "women", "woman",
            "children", "child", "police", "police", "feet", "foot", "teeth", "tooth", "mice", "mouse", "personnel",
            "personnel");
}
