/*
 * test_timeline.c — src/timeline/ and the timeline metrics: temporal
 * expressions (spans, types, values, the deliberate ambiguities), the
 * caller-buffer protocol, totality on hostile input, the story timeline
 * (dates, same event merged across outlets, publication dating, --dates /
 * --sentences-per-date), its JSON/Markdown rendering, and date F1 /
 * alignment ROUGE on hand-computed cases.  Expected values are written by
 * hand from the calendar, not produced by the code.
 */
#include <math.h>
#include <storyloom.h>

#include "harness.h"
#include "timeline/timeline.h"
#include "render/render.h"

static int32_t day(const char *s) { return sl_date_parse(s, strlen(s)); }

/* Adds each text as an article of its own outlet ("S0", "S1", ...),
 * all published on pub. */
static void add_texts(sl_corpus *c, const char *const *txt, size_t n, const char *pub) {
  for (size_t i = 0; i < n; i++) {
    sl_article_in in = {0};
    char src[24];
    snprintf(src, sizeof src, "S%zu", i);
    in.source = src;
    in.date = day(pub);
    in.text = txt[i];
    in.len = strlen(txt[i]);
    CHECK(sl_corpus_add(c, &in, NULL) == SL_OK, "add %zu", i);
  }
}

/* Tags text (published pub) and checks that expression k has exactly the
 * words, value and type given. */
static void expect(const char *text, const char *pub, size_t k, const char *words,
                   const char *value, int type) {
  sl_timex x[32];
  size_t n = sl_timex_tag(text, strlen(text), pub ? day(pub) : SL_NO_DATE, x, 32);
  CHECK(k < n, "%s: only %zu expressions, wanted #%zu (%s)", text, n, k, words);
  if (k >= n) return;
  char got[128];
  snprintf(got, sizeof got, "%.*s", (int)x[k].len, text + x[k].off);
  STR_EQ(got, words, "span of #%zu in: %s", k, text);
  STR_EQ(x[k].value, value, "value of '%s' in: %s", words, text);
  INT_EQ(x[k].type, type, "type of '%s'", words);
}

static size_t count(const char *text, const char *pub) {
  return sl_timex_tag(text, strlen(text), pub ? day(pub) : SL_NO_DATE, NULL, 0);
}

static void test_absolute(void) {
  const char *p = "2022-09-06"; /* a Tuesday */
  expect("It opened on September 4, 2022, downtown.", p, 0, "September 4, 2022", "2022-09-04",
         SL_TIMEX_DATE);
  expect("It opened Sept. 4 and closed Sept. 9.", p, 0, "Sept. 4", "2022-09-04", SL_TIMEX_DATE);
  expect("It opened Sept. 4 and closed Sept. 9.", p, 1, "Sept. 9", "2022-09-09", SL_TIMEX_DATE);
  expect("Filed on 9/4/2022 in court.", p, 0, "9/4/2022", "2022-09-04", SL_TIMEX_DATE);
  expect("Filed on 2021-12-24 in court.", p, 0, "2021-12-24", "2021-12-24", SL_TIMEX_DATE);
  expect("It began in 2018 and grew.", p, 0, "2018", "2018", SL_TIMEX_DATE);
  expect("Prices rose in November 2021.", p, 0, "November 2021", "2021-11", SL_TIMEX_DATE);
  expect("Wages fell in the 1990s.", p, 0, "1990s", "199", SL_TIMEX_DATE);
  expect("Wages fell in the mid-1990s.", p, 0, "mid-1990s", "199", SL_TIMEX_DATE);
  /* the treebank's split decades ("1990's" -> "1990 's", "1920s" -> "1920 s") */
  expect("Wages fell in the 1990 's .", p, 0, "1990 's", "199", SL_TIMEX_DATE);
  expect("Wages fell in the late 1970 's .", p, 0, "late 1970 's", "197", SL_TIMEX_DATE);
  expect("It rests on a 1920 s harbour law .", p, 0, "1920 s", "192", SL_TIMEX_DATE);
  expect("It cut 2010 's budget .", p, 0, "2010", "2010", SL_TIMEX_DATE);
  expect("It was built in the 19th century.", p, 0, "19th century", "18", SL_TIMEX_DATE);
  expect("He was born 4 March 1990 abroad.", p, 0, "4 March 1990", "1990-03-04", SL_TIMEX_DATE);
  expect("They met on Monday, Aug. 29, at noon.", p, 0, "Monday, Aug. 29", "2022-08-29",
         SL_TIMEX_DATE);
  /* a date that does not exist is not a date */
  INT_EQ(count("It happened on February 30, 2021.", p), 1, "February 30 is no day: the year alone");
}

static void test_numbers_are_not_years(void) {
  const char *p = "2022-09-06";
  INT_EQ(count("About 2,018 people came.", p), 0, "2,018 is a number");
  INT_EQ(count("Some 2018 people came.", p), 0, "2018 people is a quantity");
  INT_EQ(count("It cost $2018 in total.", p), 0, "$2018 is money");
  INT_EQ(count("The vote was 2018 to 1500.", p), 1, "a year before 'to' stays a year (documented)");
  /* four digits glued to a word: a model or a user name */
  INT_EQ(count("Guards carried the K1950 rifle.", p), 0, "a model number");
  INT_EQ(count("At 09:12, reader Gull2011 wrote: fine.", p), 0, "a user name");
  INT_EQ(count("Guards carried the rifle from 1950.", p), 1, "a year after a space");
}

/* Clock times written as four digits are no years: before a time zone, in a
 * range of clock times, before the same time in brackets, and the stamps of
 * a live blog.  Real years keep their dates, with a colon too. */
static void test_clock_times(void) {
  const char *p = "2021-05-08"; /* a Saturday */
  INT_EQ(count("Pumping resumed at 2000 BST.", p), 0, "2000 BST is a time");
  expect("The gates shut at 1930 GMT on Friday.", p, 0, "Friday", "2021-05-07", SL_TIMEX_DATE);
  INT_EQ(count("The gates shut at 1930 GMT on Friday.", p), 1, "1930 GMT is a time");
  INT_EQ(count("Voting runs from 2300 to 0100 GMT (1900 to 2100 EDT).", p), 0, "clock ranges");
  INT_EQ(count("She speaks at 2000 (0100 GMT).", p), 0, "the same time in brackets");
  INT_EQ(count("She speaks at 2000 -LRB- 0100 GMT -RRB- .", p), 0, "treebank brackets");
  /* the same time elsewhere, in brackets after a clock time with a colon */
  INT_EQ(count("Updated 4:05 p.m. (2005 in Lisbon): the square filled.", p), 0,
         "a local time in brackets");
  INT_EQ(count("-LRB- Updated 1:12 p.m. -LRB- 2012 in Lisbon -RRB- -RRB- Crowds grew.", p), 0,
         "a local time in treebank brackets");
  INT_EQ(count("The bridge opened (1995) and closed (2005).", p), 2, "years in brackets stay");
  /* no year from the clock time for the day after it */
  expect("The valve closed at 1415 local time (1915 GMT) on 3 May.", p, 0, "3 May", "2021-05-03",
         SL_TIMEX_DATE);
  /* real years stay years, also before a colon */
  expect("In 1905, the mill on the Tarrow opened.", p, 0, "1905", "1905", SL_TIMEX_DATE);
  expect("By 2012 : a plan to widen the canal.", p, 0, "2012", "2012", SL_TIMEX_DATE);
  expect("The old mill was built in 1930 to grind corn.", p, 0, "1930", "1930", SL_TIMEX_DATE);
  /* a live blog: line-initial stamps, one of them no possible year (2115) */
  const char *blog = "1905 : Welcome to our coverage of the Marbleton council vote.\n"
                     "1910 : Mayor Ines Carvalho takes the floor.\n"
                     "2000 Counting has started in the town hall.\n"
                     "2115 : The motion passed on Thursday, clerks say.\n";
  INT_EQ(count(blog, p), 1, "a live blog's stamps are times: only Thursday is dated");
  /* a stamp glued to the previous entry; a year after "the" or "in" stays */
  const char *glued = "2130 : The count is over.\n"
                      "2122 : Turnout was said to be low 2015 Clerks open the last boxes.\n"
                      "2104 : Some recall the 2016 Harbour Fair and the vote in 2009 Marbleton "
                      "held.\n";
  INT_EQ(count(glued, p), 2, "the glued stamp is a time, the two years stay");
  expect(glued, p, 0, "2016", "2016", SL_TIMEX_DATE);
  expect(glued, p, 1, "2009", "2009", SL_TIMEX_DATE);
  /* a chronology of years is no live blog: no stamp there is only a time */
  const char *years = "1905 : The Tarrow mill opens.\n"
                      "1912 : A fire guts the east wing.\n"
                      "1991 : The mill closes for good.\n";
  INT_EQ(count(years, p), 3, "a list of years keeps its years");
  expect(years, p, 1, "1912", "1912", SL_TIMEX_DATE);
  const char *old = "1850 : The canal is dug.\n"
                    "1905 : The Tarrow mill opens.\n"
                    "1912 : A fire guts the east wing.\n";
  expect(old, p, 0, "1905", "1905", SL_TIMEX_DATE);
  expect(old, p, 1, "1912", "1912", SL_TIMEX_DATE);
}

static void test_may(void) {
  const char *p = "2022-09-06";
  INT_EQ(count("The board may decide later.", p), 0, "'may' the verb");
  expect("The board met in May to decide.", p, 0, "May", "2022-05", SL_TIMEX_DATE);
  expect("The board met on May 3.", p, 0, "May 3", "2022-05-03", SL_TIMEX_DATE);
  INT_EQ(count("May the best team win.", p), 0, "sentence-initial May without date context");
}

/* A month word that is a person's name is no date: a first name before a
 * surname ("April Dunne"), after a title ("Ms. June"), a surname after a
 * first name ("Lena August"), or a first name the same text already used
 * with its surname.  A month in date context stays a date: with a day or a
 * year, after "in", "last", "the", possessive, before a title-case function
 * word or an acronym. */
static void test_month_names(void) {
  const char *p = "2023-06-10";
  INT_EQ(count("The senator called on April Dunne to resign.", p), 0, "April Dunne");
  INT_EQ(count("Critics said August Moreno had misled them.", p), 0, "August Moreno");
  INT_EQ(count("June Okafor chairs the panel.", p), 0, "sentence-initial June Okafor");
  INT_EQ(count("The board heard from Ms. June about the budget.", p), 0, "Ms. June");
  INT_EQ(count("Dr. April said the trial would go on.", p), 0, "Dr. April");
  INT_EQ(count("A memo by Lena August was leaked.", p), 0, "surname August");
  INT_EQ(count("The award went to April J. Dunne.", p), 0, "April J. Dunne");
  INT_EQ(count("April Dunne quit. Colleagues said April had been tired.", p), 0,
         "first name used again alone");
  INT_EQ(count("In April Dunne quit, and April Dunne left town.", p), 0,
         "a pair named elsewhere in the text is a name after 'in' too");
  INT_EQ(count("They march on the capital today.", p), 1, "the verb march: only 'today'");
  INT_EQ(count("The May Group sold shares.", p), 0, "May before a name");
  /* still dates */
  expect("Talks collapsed on April 5.", p, 0, "April 5", "2023-04-05", SL_TIMEX_DATE);
  expect("Talks collapsed in April 2022.", p, 0, "April 2022", "2022-04", SL_TIMEX_DATE);
  expect("Talks collapsed in April.", p, 0, "April", "2023-04", SL_TIMEX_DATE);
  expect("Talks collapsed last April.", p, 0, "last April", "2023-04", SL_TIMEX_DATE);
  expect("April's vote was close.", p, 0, "April", "2023-04", SL_TIMEX_DATE);
  expect("In April Congress passed the bill.", p, 0, "April", "2023-04", SL_TIMEX_DATE);
  expect("After the June Supreme Court ruling, sales rose.", p, 0, "June", "2023-06",
         SL_TIMEX_DATE);
  expect("The April CPI report surprised traders.", p, 0, "April", "2023-04", SL_TIMEX_DATE);
  expect("Oil Prices Fell Sharply In April As Demand Slowed", p, 0, "April", "2023-04",
         SL_TIMEX_DATE);
  expect("Shops were busy for July Fourth sales.", p, 0, "July", "2022-07", SL_TIMEX_DATE);
  expect("Exports posted a $2B July Surplus.", p, 0, "July", "2022-07", SL_TIMEX_DATE);
  expect("Between April and June, prices rose.", p, 1, "June", "2023-06", SL_TIMEX_DATE);
  expect("June was the wettest month.", p, 0, "June", "2023-06", SL_TIMEX_DATE);
}

/* A title-case headline or sentence that opens with a month keeps its date
 * (bug: "April Sales Rose" was a name, "April" before the surname-like
 * "Sales"): in title case every word is capitalised, so a capital after the
 * month says nothing of a name.  Names stay names: after a title, in a list
 * of names, in prose, or when the article names the person elsewhere. */
static void test_month_title_case(void) {
  const char *p = "2023-06-10";
  expect("April Ferry Fares Rose", p, 0, "April", "2023-04", SL_TIMEX_DATE);
  expect("Harbour Board Says June Fares Will Rise", p, 0, "June", "2023-06", SL_TIMEX_DATE);
  expect("August Storms Closed The Coast Road", p, 0, "August", "2022-08", SL_TIMEX_DATE);
  expect("Ferry Fares Rose at Six Harbours in April", p, 0, "April", "2023-04", SL_TIMEX_DATE);
  /* the headline no longer makes "April" a first name for the next line */
  const char *two = "April Ferry Fares Rose\nApril fares were the highest in a decade.";
  expect(two, p, 0, "April", "2023-04", SL_TIMEX_DATE);
  expect(two, p, 1, "April", "2023-04", SL_TIMEX_DATE);
  /* names stay names */
  INT_EQ(count("Dr. April Said The Trial Would Go On", p), 0, "title before the month");
  INT_EQ(count("Pictured: April Dunne, Mark Lee", p), 0, "a list of names with a comma");
  INT_EQ(count("April Dunne and Mark Lee", p), 0, "two names joined by 'and'");
  INT_EQ(count("April Voss / Coast Radio", p), 0, "a reporter's credit line");
  INT_EQ(count("April Voss KXRT", p), 0, "an acronym is no title case");
  INT_EQ(count("Guests were April Dunne and Mark Lee.", p), 0, "names in prose");
  INT_EQ(count("April Dunne Quits As Chair. April Dunne, the chair, said she was tired.", p), 0,
         "a headline with a name the text names in prose");
  INT_EQ(count("The May Group Sold Shares", p), 0, "May still needs a preposition");
}

/* sl_timex_names_scan lexes only windows around month words: a name at
 * either end of the text, after a long word, or in a buffer without NUL is
 * found; month words inside other words are not. */
static void test_month_names_scan(void) {
  sl_timex_names nm;
  const char *t = "April Dunne";
  CHECK(sl_timex_names_scan(t, strlen(t), &nm) && nm.first == 1u << 3 && nm.n == 1 &&
            !strcmp(nm.last[0], "dunne"),
        "a name at the start and the end");
  char buf[200];
  memset(buf, 'x', sizeof buf);
  memcpy(buf + 120, " Lena August", 12); /* no NUL after it */
  CHECK(sl_timex_names_scan(buf, 132, &nm) && nm.first == 1u << 7 && nm.n == 0,
        "a surname after a long word, at the end of the buffer");
  t = "Aprilia Junebug MayDay said so. In June, sales rose.";
  CHECK(sl_timex_names_scan(t, strlen(t), &nm) && nm.first == 0, "no name");
  CHECK(sl_timex_names_scan(NULL, 0, &nm) && nm.first == 0 && nm.n == 0, "empty");
}

static void test_relative(void) {
  const char *p = "2022-09-06"; /* Tuesday, ISO week 36 */
  expect("The dam failed yesterday.", p, 0, "yesterday", "2022-09-05", SL_TIMEX_DATE);
  expect("The dam failed on Sunday.", p, 0, "Sunday", "2022-09-04", SL_TIMEX_DATE);
  expect("The dam failed Sunday night.", p, 0, "Sunday night", "2022-09-04TNI", SL_TIMEX_DATE);
  expect("Repairs will start on Sunday.", p, 0, "Sunday", "2022-09-11", SL_TIMEX_DATE);
  expect("The council met on Tuesday.", p, 0, "Tuesday", "2022-09-06", SL_TIMEX_DATE);
  expect("The council met last Tuesday.", p, 0, "last Tuesday", "2022-08-30", SL_TIMEX_DATE);
  expect("The council meets next Tuesday.", p, 0, "next Tuesday", "2022-09-13", SL_TIMEX_DATE);
  expect("Sales fell last month.", p, 0, "last month", "2022-08", SL_TIMEX_DATE);
  expect("Sales fell two weeks ago.", p, 0, "two weeks ago", "2022-W34", SL_TIMEX_DATE);
  expect("Sales fell three days ago.", p, 0, "three days ago", "2022-09-03", SL_TIMEX_DATE);
  expect("Sales fell two years ago.", p, 0, "two years ago", "2020", SL_TIMEX_DATE);
  expect("Sales fell earlier this year.", p, 0, "earlier this year", "2022", SL_TIMEX_DATE);
  expect("It is busy this week.", p, 0, "this week", "2022-W36", SL_TIMEX_DATE);
  expect("It was busy last week.", p, 0, "last week", "2022-W35", SL_TIMEX_DATE);
  expect("He spoke this morning.", p, 0, "this morning", "2022-09-06TMO", SL_TIMEX_DATE);
  expect("It was quiet last winter.", p, 0, "last winter", "2021-WI", SL_TIMEX_DATE);
  expect("They met on June 1. The vote came the next day.", p, 1, "the next day", "2022-06-02",
         SL_TIMEX_DATE);
  expect("The firm is now profitable.", p, 0, "now", "PRESENT_REF", SL_TIMEX_DATE);
  /* a year stated in the sentence anchors a month without one */
  expect("In 2017, a storm struck in late August.", p, 1, "late August", "2017-08",
         SL_TIMEX_DATE);
  /* without a publication date relative expressions stay unresolved */
  sl_timex x[4];
  size_t n = sl_timex_tag("It failed yesterday.", 20, SL_NO_DATE, x, 4);
  INT_EQ(n, 1, "still tagged");
  INT_EQ(x[0].first, SL_NO_DATE, "no day without a publication date");
}

/* A month (or day) without a year under a present-tense modal (can, cannot,
 * must, should) is not in the past, even when a reporting verb in the past
 * follows ("..., he said"): the February after a January publication, not
 * the one eleven months back.  A plain past clause still looks back. */
static void test_modal_not_past(void) {
  const char *p = "2019-01-25";
  expect("If the two parties cannot reach agreement by the February deadline, he said he was "
         "ready to act.",
         p, 0, "February", "2019-02", SL_TIMEX_DATE);
  expect("Talks must end by March 1, officials said.", p, 0, "March 1", "2019-03-01",
         SL_TIMEX_DATE);
  expect("Officials said they can finish the work by March.", p, 0, "March", "2019-03",
         SL_TIMEX_DATE);
  expect("Sales fell in March, the company said.", p, 0, "March", "2018-03", SL_TIMEX_DATE);
}

/* A modal with the perfect ("may have died", "would have sailed") speaks of
 * the past; "should have a vote", "may have to close" stay ahead. */
static void test_perfect_modal(void) {
  const char *p = "2022-03-09"; /* a Wednesday */
  expect("Officials fear dozens may have died in Monday's landslide near Corvel.", p, 0, "Monday",
         "2022-03-07", SL_TIMEX_DATE);
  expect("Without the gale, the Corvel ferry would have sailed on Sunday.", p, 0, "Sunday",
         "2022-03-06", SL_TIMEX_DATE);
  expect("Engineers say the pipe might have first cracked on Saturday.", p, 0, "Saturday",
         "2022-03-05", SL_TIMEX_DATE);
  expect("The well might have leaked in November.", "2022-01-20", 0, "November", "2021-11",
         SL_TIMEX_DATE);
  expect("The council should have a vote on Friday.", p, 0, "Friday", "2022-03-11",
         SL_TIMEX_DATE);
  expect("The harbour may have to close on Friday.", p, 0, "Friday", "2022-03-11", SL_TIMEX_DATE);
}

/* A reporting clause after a comma or a closing quote has its own tense:
 * "The bridge will reopen, officials said Monday" is the past Monday; so
 * has a finite past verb after a modal's clause ("how it should be spent
 * was debated Thursday"). */
static void test_reporting_clause(void) {
  const char *p = "2023-10-04"; /* a Wednesday */
  expect("The Dunmore bridge will reopen to traffic, county officials said Monday.", p, 0,
         "Monday", "2023-10-02", SL_TIMEX_DATE);
  expect("``It will reopen,'' she said Tuesday.", p, 0, "Tuesday", "2023-10-03", SL_TIMEX_DATE);
  expect("\"We will rebuild the pier,\" the harbour master said Tuesday.", p, 0, "Tuesday",
         "2023-10-03", SL_TIMEX_DATE);
  expect("How the levy should be spent was debated Thursday by the council.", p, 0, "Thursday",
         "2023-09-28", SL_TIMEX_DATE);
  expect("Repairs may take longer than expected, the engineer said Friday.", p, 0, "Friday",
         "2023-09-29", SL_TIMEX_DATE);
  /* the future stays where the modal governs the weekday */
  expect("The bridge will reopen on Monday, officials said.", p, 0, "Monday", "2023-10-09",
         SL_TIMEX_DATE);
  expect("Officials said Monday that the bridge will reopen.", p, 0, "Monday", "2023-10-02",
         SL_TIMEX_DATE);
  expect("The span, closed since spring, will reopen Monday.", p, 0, "Monday", "2023-10-09",
         SL_TIMEX_DATE);
}

/* "died" is a past form (four letters: the "-ed" rule wanted five), and
 * "due to" before a determiner, a name or a number gives a cause, not a
 * schedule ("due to the storm"; "due to be published" stays ahead). */
static void test_died_due_to(void) {
  expect("The keeper died on Sunday, weeks before the lighthouse would close.", "2023-05-15", 0,
         "Sunday", "2023-05-14", SL_TIMEX_DATE);
  const char *p = "2023-02-10"; /* a Friday */
  expect("A spike in ferry traffic in August, due to the festival crowds.", p, 0, "August",
         "2022-08", SL_TIMEX_DATE);
  expect("Crossings dropped on Tuesday due to Storm Ailsa.", p, 0, "Tuesday", "2023-02-07",
         SL_TIMEX_DATE);
  expect("The report is due to be published on Thursday.", p, 0, "Thursday", "2023-02-16",
         SL_TIMEX_DATE);
  expect("Rent is due on Thursday.", p, 0, "Thursday", "2023-02-16", SL_TIMEX_DATE);
}

/* Negated modals are modals: "won't", "wo n't" (the treebank's split), a
 * curly "won’t" (not the past "won"), "ca n't"; "didn't" is past. */
static void test_negated_modals(void) {
  const char *p = "2023-06-14"; /* a Wednesday */
  expect("The pier, delayed by storms, wo n't be finished until August.", p, 0, "August",
         "2023-08", SL_TIMEX_DATE);
  expect("The pier, delayed by storms, won't be finished until August.", p, 0, "August",
         "2023-08", SL_TIMEX_DATE);
  expect("The pier, delayed by storms, won\xE2\x80\x99t be finished until August.", p, 0,
         "August", "2023-08", SL_TIMEX_DATE);
  expect("The pier, delayed by storms, wouldn't be finished until August.", p, 0, "August",
         "2023-08", SL_TIMEX_DATE);
  expect("Islanders ca n't wait for November.", p, 0, "November", "2023-11", SL_TIMEX_DATE);
  expect("The ferry didn't sail in July.", p, 0, "July", "2022-07", SL_TIMEX_DATE);
}

/* A month (and day) followed by "last year", "this year", "next year" takes
 * that year, whatever the clause's tense; a month coordinated with a dated
 * one takes its year ("July and August of last year", "March to May
 * 2009"). */
static void test_year_phrase(void) {
  expect("She has run the harbour board since July last year.", "2021-05-28", 0,
         "July last year", "2020-07", SL_TIMEX_DATE);
  expect("The report on the blast in April last year will be published soon.", "2022-01-06", 0,
         "April last year", "2021-04", SL_TIMEX_DATE);
  expect("The Corvel ferry sank on 22 June last year.", "2021-03-10", 0, "22 June last year",
         "2020-06-22", SL_TIMEX_DATE);
  expect("Tolls were raised on March 3 of this year, and will rise again.", "2021-09-17", 0,
         "March 3 of this year", "2021-03-03", SL_TIMEX_DATE);
  expect("Tolls rose in July and August of last year.", "2021-09-17", 0, "July", "2020-07",
         SL_TIMEX_DATE);
  expect("Tolls rose in July and August of last year.", "2021-09-17", 1, "August of last year",
         "2020-08", SL_TIMEX_DATE);
  expect("Ferries ran from February to May 2019 only.", "2021-09-17", 0, "February", "2019-02",
         SL_TIMEX_DATE);
  /* "next year's" belongs to the noun after it */
  expect("In May, next year's budget was cut.", "2021-09-08", 0, "May", "2021-05",
         SL_TIMEX_DATE);
}

/* After until, till or through, a past cue dates the state, not its end:
 * the end is the nearer of this year's and last year's occurrence. */
static void test_period_end(void) {
  const char *p = "2022-06-08";
  expect("Fishing has been banned off Corvel through August.", p, 0, "August", "2022-08",
         SL_TIMEX_DATE);
  expect("The council has delayed the vote until late July.", p, 0, "late July", "2022-07",
         SL_TIMEX_DATE);
  expect("Night sailings were stopped through September 30.", p, 0, "September 30",
         "2022-09-30", SL_TIMEX_DATE);
  /* never next year's: a past state that ended */
  expect("The ferry strike lasted until March.", "2021-12-10", 0, "March", "2021-03",
         SL_TIMEX_DATE);
  expect("The ferry strike lasted until February.", "2021-12-10", 0, "February", "2021-02",
         SL_TIMEX_DATE);
}

/* An "-ed" word after a hyphen ends a compound adjective, no past verb. */
static void test_compound_adjective(void) {
  const char *p = "2024-02-04"; /* a Sunday */
  expect("On Monday, a city-imposed curfew will start an hour earlier.", p, 0, "Monday",
         "2024-02-05", SL_TIMEX_DATE);
  expect("On Monday, a curfew imposed by the city started an hour earlier.", p, 0, "Monday",
         "2024-01-29", SL_TIMEX_DATE);
}

/* "N days later" counts from a day the text told, never from the
 * publication; "N years later" from a year stated in the sentence, or from a
 * told day when the result is not after publication. */
static void test_later(void) {
  const char *p = "2022-05-10";
  expect("Twenty years later, the Corvel mill still stands.", p, 0, "Twenty years later",
         "FUTURE_REF", SL_TIMEX_DATE);
  expect("Two days later the valley flooded.", p, 0, "Two days later", "FUTURE_REF",
         SL_TIMEX_DATE);
  expect("The dam burst on March 3. Two days later the valley flooded.", p, 1, "Two days later",
         "2022-03-05", SL_TIMEX_DATE);
  expect("The mill opened in 1990 and two years later it closed.", p, 1, "two years later", "1992",
         SL_TIMEX_DATE);
  expect("The dam burst on March 3, 2001. Twenty years later the valley is dry.", p, 1,
         "Twenty years later", "2021", SL_TIMEX_DATE);
  expect("The dam burst on March 3. Twenty years later it may be rebuilt.", p, 1,
         "Twenty years later", "FUTURE_REF", SL_TIMEX_DATE);
  expect("Two days earlier the valley flooded.", p, 0, "Two days earlier", "2022-05-08",
         SL_TIMEX_DATE);
}

/* The second of two joined weekdays follows the first ("throughout
 * Wednesday and Thursday"), and "and" between two nouns is no clause break
 * ("will pump mud and cement ... on Tuesday"); ", and" or "and" before a
 * new subject is. */
static void test_joined_weekdays(void) {
  const char *p = "2023-03-15"; /* a Wednesday */
  expect("Rescue teams will arrive throughout Wednesday and Thursday.", p, 1, "Thursday",
         "2023-03-16", SL_TIMEX_DATE);
  expect("Gales will last from Friday night until Sunday.", p, 1, "Sunday", "2023-03-19",
         SL_TIMEX_DATE);
  expect("A walkout ran from Sunday to Tuesday.", p, 1, "Tuesday", "2023-03-14", SL_TIMEX_DATE);
  expect("Crews will pump mud and cement into the well on Tuesday.", p, 0, "Tuesday",
         "2023-03-21", SL_TIMEX_DATE);
  expect("Crews will rest, and on Tuesday they finished the well.", p, 0, "Tuesday",
         "2023-03-14", SL_TIMEX_DATE);
  expect("The ferry will sail and the crew rested on Tuesday.", p, 0, "Tuesday", "2023-03-14",
         SL_TIMEX_DATE);
}

/* "plan", "hope", "aim" are future cues only as verbs: "The plan in March"
 * names a plan, so March is the last one; "plans to … in March" is ahead. */
static void test_noun_not_future(void) {
  const char *p = "2010-12-01";
  expect("The plan in March gave creditors most of the company.", p, 0, "March", "2010-03",
         SL_TIMEX_DATE);
  expect("The deal in March gave creditors most of the company.", p, 0, "March", "2010-03",
         SL_TIMEX_DATE);
  expect("Their hopes in March were dashed by the court.", p, 0, "March", "2010-03",
         SL_TIMEX_DATE);
  expect("The drilling plan, announced in March, three weeks before the April spill, was "
         "criticised.",
         p, 0, "March", "2010-03", SL_TIMEX_DATE);
  expect("The company plans to sell the unit in March.", p, 0, "March", "2011-03",
         SL_TIMEX_DATE);
  expect("The union is planning a strike in March.", p, 0, "March", "2011-03", SL_TIMEX_DATE);
  expect("We hope to finish the bridge in March.", p, 0, "March", "2011-03", SL_TIMEX_DATE);
}

/* A bare weekday in a clause about something expected is the coming one,
 * though the expectation is reported in the past; a past event on a
 * weekday, or the day a warning was given, stays in the past. */
static void test_expected_weekday(void) {
  const char *p = "2024-11-05"; /* a Tuesday */
  expect("Forecasters warned of a strong storm reaching the coast on Wednesday with high winds.",
         p, 0, "Wednesday", "2024-11-06", SL_TIMEX_DATE);
  expect("Meteorologists predicted heavy rain on Friday.", p, 0, "Friday", "2024-11-08",
         SL_TIMEX_DATE);
  expect("Residents stocked up ahead of the storm on Thursday.", p, 0, "Thursday", "2024-11-07",
         SL_TIMEX_DATE);
  expect("The minister resigned on Wednesday.", p, 0, "Wednesday", "2024-10-30", SL_TIMEX_DATE);
  expect("Police warned on Sunday that roads were closed.", p, 0, "Sunday", "2024-11-03",
         SL_TIMEX_DATE);
}

/* A weekday in the possessive that names an event still to come is the
 * next such day, even in a past clause ("rallied ahead of Sunday's vote"):
 * the anticipating phrase or an adjective like "scheduled" says so.  "until"
 * and "for" count only outside a past clause, where they as often point
 * back ("arrested for Sunday's attack").  A plain past weekday stays past. */
static void test_anticipated_weekday(void) {
  const char *p = "2024-03-06"; /* a Wednesday */
  expect("Both parties staged big rallies ahead of Sunday's poll.", p, 0, "Sunday",
         "2024-03-10", SL_TIMEX_DATE);
  expect("Streets filled on the eve of Saturday's expected ballot.", p, 0, "Saturday",
         "2024-03-09", SL_TIMEX_DATE);
  expect("Negotiators traded offers before Friday's cutoff.", p, 0, "Friday", "2024-03-08",
         SL_TIMEX_DATE);
  expect("Aides drafted papers in preparation for Monday's talks.", p, 0, "Monday", "2024-03-11",
         SL_TIMEX_DATE);
  expect("Guards were doubled in advance of Thursday\xE2\x80\x99s visit.", p, 0, "Thursday",
         "2024-03-07", SL_TIMEX_DATE);
  expect("Sunday's planned parade drew early crowds.", p, 0, "Sunday", "2024-03-10",
         SL_TIMEX_DATE);
  expect("The museum stays shut until Friday's review.", p, 0, "Friday", "2024-03-08",
         SL_TIMEX_DATE);
  expect("Fans travel north for Saturday's cup final.", p, 0, "Saturday", "2024-03-09",
         SL_TIMEX_DATE);
  expect("The ceasefire lasted until Sunday's raid.", p, 0, "Sunday", "2024-03-03",
         SL_TIMEX_DATE);
  expect("Police charged a driver for Sunday's crash.", p, 0, "Sunday", "2024-03-03",
         SL_TIMEX_DATE);
  expect("Sunday's storm flooded the harbour.", p, 0, "Sunday", "2024-03-03", SL_TIMEX_DATE);
  expect("The governor quit Sunday.", p, 0, "Sunday", "2024-03-03", SL_TIMEX_DATE);
}

/* The plain tense rule: "is to", "are to", "is expected to", "plans to" put a
 * bare weekday in the future, and so does a schedule ("due", "set for"). */
static void test_arranged_future(void) {
  const char *p = "2024-03-06"; /* a Wednesday */
  expect("The board is to name a new chief on Sunday.", p, 0, "Sunday", "2024-03-10",
         SL_TIMEX_DATE);
  expect("Both teams are to meet Saturday.", p, 0, "Saturday", "2024-03-09", SL_TIMEX_DATE);
  expect("The ship is expected to dock on Friday.", p, 0, "Friday", "2024-03-08",
         SL_TIMEX_DATE);
  expect("The club plans to reopen Monday.", p, 0, "Monday", "2024-03-11", SL_TIMEX_DATE);
  expect("Final grades are due Friday.", p, 0, "Friday", "2024-03-08", SL_TIMEX_DATE);
  expect("The appeal, set for Monday, drew attention.", p, 0, "Monday", "2024-03-11",
         SL_TIMEX_DATE);
}

/* "next" or "last" with a month and day keeps the day: the first such date
 * after (before) publication, Feb. 29 in the next (last) leap year; with a
 * year the date is absolute. */
static void test_relative_month_day(void) {
  const char *p = "2024-03-06";
  expect("The hearing is set for next March 11.", p, 0, "next March 11", "2024-03-11",
         SL_TIMEX_DATE);
  expect("The lease ends next Jan. 5.", p, 0, "next Jan. 5", "2025-01-05", SL_TIMEX_DATE);
  expect("The pier opened last March 11.", p, 0, "last March 11", "2023-03-11", SL_TIMEX_DATE);
  expect("The pier opened last March 2.", p, 0, "last March 2", "2024-03-02", SL_TIMEX_DATE);
  expect("A rule starts next Feb. 29.", p, 0, "next Feb. 29", "2028-02-29", SL_TIMEX_DATE);
  expect("The fund closes next April 30, 2026.", p, 0, "April 30, 2026", "2026-04-30",
         SL_TIMEX_DATE);
  expect("The fund closes next April.", p, 0, "next April", "2024-04", SL_TIMEX_DATE);
}

static void test_durations_sets(void) {
  const char *p = "2022-09-06";
  expect("The ban lasted for two weeks.", p, 0, "two weeks", "P2W", SL_TIMEX_DURATION);
  expect("A six-month ban began.", p, 0, "six-month", "P6M", SL_TIMEX_DURATION);
  expect("It burned for 36 hours.", p, 0, "36 hours", "PT36H", SL_TIMEX_DURATION);
  expect("Prices rose over the past three years.", p, 0, "the past three years", "P3Y",
         SL_TIMEX_DURATION);
  expect("The club meets every Sunday.", p, 0, "every Sunday", "XXXX-WXX-7", SL_TIMEX_SET);
  expect("The paper appears daily.", p, 0, "daily", "P1D", SL_TIMEX_SET);
  expect("Fees rise each year.", p, 0, "each year", "P1Y", SL_TIMEX_SET);
  expect("Fiscal 2021 revenue rose.", p, 0, "Fiscal 2021", "FY2021", SL_TIMEX_DATE);
}

static void test_buffer_and_totality(void) {
  const char *t = "On Monday and on Tuesday and in 2019.";
  size_t need = sl_timex_tag(t, strlen(t), day("2022-09-06"), NULL, 0);
  INT_EQ(need, 3, "count without a buffer");
  sl_timex one[1];
  INT_EQ(sl_timex_tag(t, strlen(t), day("2022-09-06"), one, 1), 3, "count beyond cap");
  STR_EQ(one[0].value, "2022-09-05", "first one written");
  INT_EQ(sl_timex_tag("", 0, 0, NULL, 0), 0, "empty");
  INT_EQ(sl_timex_tag(NULL, 5, 0, NULL, 0), 0, "NULL text");
  /* hostile bytes: never crashes, spans stay inside the text */
  char junk[4096];
  uint32_t r = 12345;
  for (int round = 0; round < 50; round++) {
    for (size_t i = 0; i < sizeof junk; i++) {
      r = r * 1103515245u + 12345u;
      static const char alpha[] = "0123456789/-,.' May Sunday last next ago 2019s the every a";
      junk[i] = (r >> 16) % 3 ? alpha[(r >> 8) % (sizeof alpha - 1)] : (char)(r >> 24);
    }
    sl_timex x[64];
    size_t n = sl_timex_tag(junk, sizeof junk, day("2020-02-29"), x, 64);
    for (size_t i = 0; i < n && i < 64; i++)
      CHECK(x[i].off + x[i].len <= sizeof junk && x[i].len > 0, "span inside, round %d", round);
    for (size_t i = 1; i < n && i < 64; i++)
      CHECK(x[i].off >= x[i - 1].off + x[i - 1].len, "in order, no overlap, round %d", round);
  }
}

/* Three outlets report one dam failure; one also gives background. */
static sl_corpus *dam_corpus(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  static const struct {
    const char *src, *date, *text;
  } a[] = {
      {"Alpha", "2022-09-05",
       "Flood waters reach the valley towns after the dam failure.\n\n"
       "The old river dam burst on Sunday, flooding three valley towns downstream.\n\n"
       "The dam was built in 1961 by the state.\n\nIt was last inspected in March 2019 by engineers."},
      {"Beta", "2022-09-05",
       "Rescuers search flooded homes in the valley towns.\n\n"
       "The old river dam burst on Sunday, flooding three valley towns near the river.\n\n"
       "Volunteers fill sandbags every Sunday at the valley school."},
      {"Gamma", "2022-09-06",
       "Engineers blame heavy rain for the valley dam failure.\n\n"
       "The river dam burst on Sunday and flooded three valley towns downstream, officials said.\n\n"
       "Repairs to the valley dam will begin next Monday, the engineers said."},
  };
  for (size_t i = 0; i < SL_COUNTOF(a); i++) {
    sl_article_in in = {0};
    in.source = a[i].src;
    in.date = day(a[i].date);
    in.text = a[i].text;
    in.len = strlen(a[i].text);
    CHECK(sl_corpus_add(c, &in, NULL) == SL_OK, "add %s", a[i].src);
  }
  return c;
}

static long find_entry(const sl_digest *d, const char *label) {
  for (size_t i = 0; i < sl_timeline_count(d); i++)
    if (!strcmp(sl_timeline_label(d, i), label)) return (long)i;
  return -1;
}

/* The names of the whole article count: "April Dunne" in one sentence makes
 * the bare "April" of a later sentence her name, and "in April Dunne's
 * office" hers, not a month (each sentence is tagged alone). */
static void test_month_names_article(void) {
  static const char *const txt[] = {
      "Regulators fined the port operator on Monday after April Dunne filed a complaint. "
      "Colleagues said April had warned managers for years. "
      "The papers were found in April Dunne's office."};
  sl_corpus *c = sl_corpus_new(NULL);
  add_texts(c, txt, 1, "2023-06-14");
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.parts = SL_PART_TIMELINE;
  sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
  CHECK(d != NULL, "digest");
  if (d) {
    CHECK(find_entry(d, "2023-06-12") >= 0, "Monday is on the timeline");
    CHECK(find_entry(d, "2023-04") < 0, "no April entry from her name");
    CHECK(find_entry(d, "2022-04") < 0, "no April entry from her name (past clause)");
  }
  sl_digest_free(d);
  sl_corpus_free(c);
}

/* The article's names scan reads title case as the tagger does: a title-case
 * headline opening with a month dates its article's April, and a headline
 * naming a person the body names stays a name. */
static void test_month_title_case_article(void) {
  static const char *const txt[] = {
      "April Ferry Fares Rose\n"
      "Fares rose by a tenth at six harbours, the board said on Friday.\n"
      "April fares were the highest in a decade, officials said.",
      "Ferry Chief April Dunne Quits As Chair\n"
      "April Dunne, who chaired the ferry board for six years, resigned on Thursday."};
  for (int k = 0; k < 2; k++) {
    sl_corpus *c = sl_corpus_new(NULL);
    add_texts(c, txt + k, 1, "2023-06-10");
    sl_digest_opts o;
    sl_digest_opts_init(&o);
    o.parts = SL_PART_TIMELINE;
    sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
    CHECK(d != NULL, "digest");
    if (d && k == 0) CHECK(find_entry(d, "2023-04") >= 0, "April from the headline and the body");
    if (d && k == 1) CHECK(find_entry(d, "2023-04") < 0, "her name in the headline is no April");
    if (d && k == 1) CHECK(find_entry(d, "2023-06-08") >= 0, "Thursday is on the timeline");
    sl_digest_free(d);
    sl_corpus_free(c);
  }
}

/* In a story, a live blog's stamps make no year entries, also when each
 * sentence is tagged alone (the article decides it is a live blog), and a
 * stamp fused into the previous line ("Read her posts 2010 : ...") too. */
static void test_live_blog_stamps(void) {
  static const char *const txt[] = {
      "Our reporters follow the Marbleton council vote on the new ferry pier.\n"
      "2130 : The council has approved the ferry pier by nine votes to four.\n"
      "2118 : Councillor Aida Ferro posts : the pier vote is close . Read her posts "
      "2010 : Residents gathered outside the council hall before the pier vote.\n"
      "1958 : The pier debate opened with a statement from the harbour master.\n"
      "1950 : Welcome to our live coverage of the Marbleton pier vote tonight.\n"};
  sl_corpus *c = sl_corpus_new(NULL);
  add_texts(c, txt, 1, "2021-05-08");
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.parts = SL_PART_TIMELINE;
  sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
  CHECK(d != NULL, "digest");
  if (d) {
    CHECK(find_entry(d, "1950") < 0 && find_entry(d, "1958") < 0, "no year from a stamp");
    CHECK(find_entry(d, "2010") < 0, "no year from a stamp after a link");
    CHECK(find_entry(d, "2021-05-08") >= 0, "the blog is dated by its publication");
  }
  sl_digest_free(d);
  sl_corpus_free(c);
}

static void test_story_timeline(void) {
  sl_corpus *c = dam_corpus();
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.parts = SL_PART_TIMELINE;
  sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
  CHECK(d != NULL, "digest");
  if (!d) return;
  long sun = find_entry(d, "2022-09-04");
  CHECK(sun >= 0, "the day of the failure is on the timeline");
  if (sun >= 0) {
    int g;
    INT_EQ(sl_timeline_date(d, (size_t)sun, &g), day("2022-09-04"), "its day");
    INT_EQ(g, SL_GRAN_DAY, "day granularity");
    CHECK(sl_timeline_sentence_count(d, (size_t)sun) >= 1, "a sentence");
    uint32_t art, off, len, txo, txl;
    sl_timeline_sentence(d, (size_t)sun, 0, &art, &off, &len, &txo, &txl);
    size_t tl;
    const char *txt = sl_article_text(c, art, &tl);
    CHECK(txl > 0 && !strncmp(txt + txo, "Sunday", 6), "dated by 'Sunday'");
    CHECK(txo >= off && txo + txl <= off + len, "expression inside its sentence");
    /* the same event from three outlets is one entry with three sources */
    INT_EQ(sl_timeline_source_count(d, (size_t)sun, 0), 3, "Alpha, Beta and Gamma told it");
  }
  long y = find_entry(d, "1961");
  CHECK(y >= 0, "a year entry");
  if (y >= 0) {
    int g;
    sl_timeline_date(d, (size_t)y, &g);
    INT_EQ(g, SL_GRAN_YEAR, "year granularity");
  }
  CHECK(find_entry(d, "2019-03") >= 0, "a month entry");
  CHECK(find_entry(d, "2022-09-12") >= 0, "next Monday, resolved from Gamma's date");
  /* dates in order, each sentence shown once */
  for (size_t i = 1; i < sl_timeline_count(d); i++)
    CHECK(sl_timeline_date(d, i - 1, NULL) <= sl_timeline_date(d, i, NULL), "sorted at %zu", i);
  /* headlines with no date are dated by their publication */
  long pub = find_entry(d, "2022-09-05");
  CHECK(pub >= 0, "publication day entry");
  if (pub >= 0) {
    uint32_t txl = 1;
    sl_timeline_sentence(d, (size_t)pub, 0, NULL, NULL, NULL, NULL, &txl);
    INT_EQ(txl, 0, "dated by publication, not by an expression");
  }
  /* a set ("every Sunday") never makes an entry of its own */
  for (size_t i = 0; i < sl_timeline_count(d); i++)
    CHECK(strchr(sl_timeline_label(d, i), 'X') == NULL, "no XXXX entry");

  /* JSON and Markdown */
  char *js = sl_render_digest(d, SL_FORMAT_JSON, 0);
  CHECK(js && strstr(js, "\"timeline\"") && strstr(js, "\"granularity\": \"day\"") &&
            strstr(js, "\"dated_by\": \"expression\"") && strstr(js, "\"2022-09-04\""),
        "timeline JSON fields");
  sl_free(js);
  char *md = sl_render_digest(d, SL_FORMAT_MD, 0);
  CHECK(md && strstr(md, "## Timeline") && strstr(md, "### 2022-09-04") &&
            strstr(md, "### 1961 (year)"),
        "Markdown timeline from the JSON tree");
  sl_free(md);
  char *tx = sl_render_digest(d, SL_FORMAT_TEXT, 0);
  CHECK(tx && strstr(tx, "Timeline") && strstr(tx, "2022-09-04"), "text timeline");
  sl_free(tx);
  sl_digest_free(d);

  /* --dates 1 --sentences-per-date 2: the most important date only */
  o.tl_dates = 1;
  o.tl_per_date = 2;
  d = sl_digest_new(c, NULL, 0, &o, NULL);
  INT_EQ(sl_timeline_count(d), 1, "one date");
  STR_EQ(sl_timeline_label(d, 0), "2022-09-04", "the day three outlets mention");
  CHECK(sl_timeline_sentence_count(d, 0) <= 2, "at most two sentences");
  sl_digest_free(d);

  /* without the timeline part: empty accessors */
  o.parts = SL_PART_SUMMARY;
  d = sl_digest_new(c, NULL, 0, &o, NULL);
  INT_EQ(sl_timeline_count(d), 0, "no timeline part");
  INT_EQ(sl_timeline_sentence_count(d, 3), 0, "out of range is empty");
  sl_digest_free(d);
  sl_corpus_free(c);
}

/* Maximal marginal relevance: three outlets tell the dam burst, two the
 * rescue, all dated Sunday.  The burst is the date's main event and its
 * first pick; the second pick is then the rescue, a different event,
 * rather than another retelling of the burst (which shares words with the
 * first, but not enough for the hard redundancy cut; without MMR it wins
 * on its higher centroid score). */
static void test_mmr(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  static const char *const txt[] = {
      "On Sunday the old river dam burst and flood water covered the valley farms near the town.",
      "On Sunday the river dam burst, and muddy water reached roads beside the mill in the valley.",
      "The dam on the river burst on Sunday, sending flood water over valley farms and roads.",
      "On Sunday rescue crews carried four hundred valley residents to safety by boat.",
      "On Sunday rescue crews in boats carried hundreds of residents from the flooded valley.",
  };
  add_texts(c, txt, SL_COUNTOF(txt), "2022-09-05");
  uint32_t ids[5] = {0, 1, 2, 3, 4};
  const char *second[2] = {NULL, NULL};
  for (int v = 0; v < 2; v++) {
    sl_tl_params p;
    sl_tl_params_init(&p);
    p.per_date = 2;
    p.pub_clip = 0;
    p.mmr = v ? 0.5 : 0;
    sl_timeline *tl = NULL;
    CHECK(sl_timeline_build_ex(c, ids, 5, NULL, &p, &tl) == SL_OK && tl, "build");
    if (!tl) continue;
    INT_EQ(tl->n, 1, "one date");
    if (tl->n == 1) {
      STR_EQ(tl->e[0].label, "2022-09-04", "Sunday");
      INT_EQ(tl->e[0].nsents, 2, "two sentences");
      if (tl->e[0].nsents == 2) {
        const sl_sent *s0 = &c->sents.a[tl->e[0].sents[0].sent];
        CHECK(strstr(txt[s0->article], "burst") != NULL, "first pick: the burst (mmr %d)", v);
        const sl_sent *s = &c->sents.a[tl->e[0].sents[1].sent];
        second[v] = txt[s->article];
      }
    }
    sl_timeline_free(tl);
  }
  CHECK(second[0] && strstr(second[0], "dam burst"), "without MMR: a retelling of the burst");
  CHECK(second[1] && strstr(second[1], "rescue crews"), "with MMR: the rescue, another event");
  sl_corpus_free(c);
}

/* A headline (no closing punctuation, most words capitalised) is not shown
 * when a real sentence can be: both are dated by publication here, and the
 * headline is the closer to the date's centroid. */
static void test_headline(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  static const char *const txt[] = {
      "River Dam Operators Warn Valley Towns About Rising Water Levels Near Mill\n\n"
      "Operators said the valley towns should prepare sandbags tonight.",
      "Dam operators warn the valley towns that river water levels are rising near the mill.",
  };
  add_texts(c, txt, SL_COUNTOF(txt), "2022-09-05");
  uint32_t ids[2] = {0, 1};
  sl_tl_params p;
  sl_tl_params_init(&p);
  p.per_date = 1;
  sl_timeline *tl = NULL;
  CHECK(sl_timeline_build_ex(c, ids, 2, NULL, &p, &tl) == SL_OK && tl, "build");
  if (tl) {
    INT_EQ(tl->n, 1, "one date, the publication day");
    if (tl->n == 1 && tl->e[0].nsents == 1) {
      const sl_sent *st = &c->sents.a[tl->e[0].sents[0].sent];
      CHECK(st->span.len && sl_sent_text(c, st)[st->span.len - 1] == '.',
            "a sentence, not the headline: %.*s", (int)st->span.len, sl_sent_text(c, st));
    }
    sl_timeline_free(tl);
  }
  sl_corpus_free(c);
}

/* The second half of a quotation split at a sentence end (it closes a
 * quotation it never opened) is no candidate while a whole sentence is:
 * shown alone it has a stray closing mark and no opening one. */
static void test_quote_fragment(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  static const char *const txt[] = {
      "\"We are tired. The river dam operators ignored every warning about the valley "
      "water,\" farmer Ana Ruiz told the valley council.\n\n"
      "The river dam operators opened the valley gates after the water rose near the mill.",
      "River dam operators said the valley water rose near the mill and the farms flooded.",
  };
  add_texts(c, txt, SL_COUNTOF(txt), "2022-09-05");
  uint32_t ids[2] = {0, 1};
  sl_tl_params p;
  sl_tl_params_init(&p);
  p.per_date = 3;
  sl_timeline *tl = NULL;
  CHECK(sl_timeline_build_ex(c, ids, 2, NULL, &p, &tl) == SL_OK && tl, "build");
  if (tl) {
    INT_EQ(tl->n, 1, "one date, the publication day");
    for (size_t e = 0; e < tl->n; e++)
      for (size_t k = 0; k < tl->e[e].nsents; k++) {
        const sl_sent *st = &c->sents.a[tl->e[e].sents[k].sent];
        const char *t = sl_sent_text(c, st);
        static const char frag[] = "The river dam operators ignored";
        CHECK(st->span.len < sizeof frag || memcmp(t, frag, sizeof frag - 1),
              "fragment shown: %.*s", (int)st->span.len, t);
      }
    sl_timeline_free(tl);
  }
  sl_corpus_free(c);
}

/* A photo credit glued before an article's lead ("Photograph : Name/AP
 * The …", as Penn-Treebank copies of scraped pages have it) is split off:
 * the lead stays a sentence, dates the event and can be shown.  Flagged
 * whole as a credit, the lead and its date were lost. */
static void test_credit_before_lead(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  static const char *const txt[] = {
      "Photograph : Mira Olsen/AP The river dam burst on September 12 , flooding the valley "
      "farms near the mill town .\n"
      "Rescue crews reached the valley farms near the mill on Tuesday .",
      "The valley council met about the river dam and the flooded farms near the mill on "
      "Monday .",
  };
  add_texts(c, txt, SL_COUNTOF(txt), "2022-09-20");
  uint32_t ids[2] = {0, 1};
  sl_tl_params p;
  sl_tl_params_init(&p);
  p.per_date = 1;
  sl_timeline *tl = NULL;
  CHECK(sl_timeline_build_ex(c, ids, 2, NULL, &p, &tl) == SL_OK && tl, "build");
  bool found = false;
  for (size_t e = 0; tl && e < tl->n; e++) {
    if (tl->e[e].first != day("2022-09-12")) continue;
    found = true;
    INT_EQ(tl->e[e].nsents, 1, "one sentence for September 12");
    if (tl->e[e].nsents == 1) {
      const sl_sent *st = &c->sents.a[tl->e[e].sents[0].sent];
      static const char lead[] = "The river dam burst on September 12";
      CHECK(st->span.len >= sizeof lead - 1 &&
                memcmp(sl_sent_text(c, st), lead, sizeof lead - 1) == 0,
            "the lead without its credit: %.*s", (int)st->span.len, sl_sent_text(c, st));
    }
  }
  CHECK(found, "September 12 is on the timeline");
  if (tl) sl_timeline_free(tl);
  sl_corpus_free(c);
}

/* A date followed by a clock time is a page's or a comment's timestamp
 * ("September 18, 2022 4:10 PM"), not the date of an event: such sentences
 * neither mention their date nor become candidates.  Two comments stamped
 * 2022-09-18 would otherwise outrank the one report of the dam burst. */
static void test_timestamp(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  static const char *const txt[] = {
      "The river dam burst on September 12 and flooded the valley farms near the town.",
      "Posted by reader on September 18, 2022 at 2:59 pm the dam story was shared widely in "
      "the valley towns.",
      "September 18, 2022 4:10 PM Readers in the valley towns asked about dam repairs after the "
      "flood.",
  };
  add_texts(c, txt, SL_COUNTOF(txt), "2022-09-20");
  uint32_t ids[3] = {0, 1, 2};
  for (int v = 0; v < 2; v++) {
    sl_tl_params p;
    sl_tl_params_init(&p);
    CHECK(p.skip_stamped, "timestamps are skipped by default");
    p.skip_stamped = v ? 0 : 1;
    sl_timeline *tl = NULL;
    CHECK(sl_timeline_build_ex(c, ids, 3, NULL, &p, &tl) == SL_OK && tl, "build");
    if (!tl) continue;
    bool burst = false, stamp = false;
    for (size_t i = 0; i < tl->n; i++) {
      if (!strcmp(tl->e[i].label, "2022-09-12")) burst = true;
      if (!strcmp(tl->e[i].label, "2022-09-18")) stamp = true;
    }
    CHECK(burst, "the burst's day is on the timeline (skip %d)", !v);
    if (!v) CHECK(!stamp, "no entry for the comments' timestamp day");
    else CHECK(stamp, "without the rule the timestamp day makes an entry");
    sl_timeline_free(tl);
  }
  sl_corpus_free(c);
}

/* A date mentioned only in sentences without the story's keywords (a
 * search-gathered collection's unrelated pages) ranks below one the story's
 * own sentences mention, even when it is mentioned more often. */
static void test_offtopic_mentions(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  static const char *const txt[] = {
      "The river dam burst on Sept. 12 and engineers saw flood water reach the valley farms "
      "and the town council.",
      "Engineers said the river dam burst on Sept. 12, sending flood water over valley farms "
      "toward the town council.",
      "The town council asked engineers why the river dam burst and flood water covered the "
      "valley farms.",
      "Flood water from the river dam still covers valley farms, engineers told the town "
      "council.",
      "Valley farms near the town lost crops to flood water after the river dam burst, "
      "engineers told the council.",
      "A football match was played on September 15 in the capital before a large crowd.",
      "The football club said its match on September 15 drew a record crowd in the capital.",
      "Tickets for the match on September 15 sold out within an hour at the capital stadium.",
  };
  add_texts(c, txt, SL_COUNTOF(txt), "2022-09-20");
  uint32_t ids[8] = {0, 1, 2, 3, 4, 5, 6, 7};
  for (int v = 0; v < 2; v++) {
    sl_tl_params p;
    sl_tl_params_init(&p);
    CHECK(p.offtopic_weight < 0.5, "off-topic mentions count less by default");
    if (v) p.offtopic_weight = 1;
    p.dates = 1;
    sl_timeline *tl = NULL;
    CHECK(sl_timeline_build_ex(c, ids, 8, NULL, &p, &tl) == SL_OK && tl, "build");
    if (!tl) continue;
    INT_EQ(tl->n, 1, "one date");
    if (tl->n == 1)
      STR_EQ(tl->e[0].label, v ? "2022-09-15" : "2022-09-12",
             v ? "counted alike, the match's three mentions win"
               : "the burst (two mentions in the story) beats the match (three, off the story)");
    sl_timeline_free(tl);
  }
  sl_corpus_free(c);
}

static void test_metrics(void) {
  /* worked by hand: ROUGE with stopwords removed and stemming.  System
     dates 04-20 (exact) and 04-23 (a day off the reference's 04-22). */
  const char *r1 = "An explosion on the rig kills 11 workers .", *r2 = "The rig sinks .";
  sl_tl_day ref[] = {{day("2010-04-20"), r1, strlen(r1)}, {day("2010-04-22"), r2, strlen(r2)}};
  sl_tl_day sys[] = {{day("2010-04-20"), r1, strlen(r1)}, {day("2010-04-23"), r2, strlen(r2)}};
  sl_tl_scores s;
  CHECK(sl_tl_score(sys, 2, ref, 2, &s) == SL_OK, "score");
  CHECK(fabs(s.date.f - 0.5) < 1e-9, "date F1 1/2, got %f", s.date.f);
  /* unigrams: explosion rig kill 11 worker (5) + rig sink (2); hits 5 + 2/2 */
  CHECK(fabs(s.rouge1.p - 6.0 / 7) < 1e-9 && fabs(s.rouge1.r - 6.0 / 7) < 1e-9,
        "AR-1 6/7, got %f/%f", s.rouge1.p, s.rouge1.r);
  /* bigrams: 4 + 1; hits 4 + 1/2 */
  CHECK(fabs(s.rouge2.f - 4.5 / 5) < 1e-9, "AR-2 0.9, got %f", s.rouge2.f);
  CHECK(sl_tl_score(ref, 2, ref, 2, &s) == SL_OK && s.date.f == 1 && s.rouge1.f == 1 &&
            s.rouge2.f == 1,
        "identity scores 1");
  CHECK(sl_tl_score(NULL, 0, ref, 2, &s) == SL_OK && s.date.f == 0 && s.rouge1.f == 0,
        "empty system scores 0");
  sl_tl_scores two[2] = {{{1, 0, 0}, {0.5, 0.5, 0.5}, {0, 0, 0}}, {{0, 1, 0}, {0.5, 0.5, 0.5}, {0, 0, 0}}}, avg;
  sl_tl_average(two, 2, &avg);
  CHECK(fabs(avg.date.p - 0.5) < 1e-9 && fabs(avg.date.f - 0.5) < 1e-9,
        "F from averaged P and R (news-tls)");
}

int main(int argc, char **argv) {
  (void)argc, (void)argv;
  test_absolute();
  test_numbers_are_not_years();
  test_clock_times();
  test_may();
  test_month_names();
  test_month_names_scan();
  test_month_title_case();
  test_relative();
  test_modal_not_past();
  test_perfect_modal();
  test_reporting_clause();
  test_died_due_to();
  test_negated_modals();
  test_year_phrase();
  test_period_end();
  test_compound_adjective();
  test_later();
  test_joined_weekdays();
  test_anticipated_weekday();
  test_noun_not_future();
  test_expected_weekday();
  test_arranged_future();
  test_relative_month_day();
  test_durations_sets();
  test_buffer_and_totality();
  test_story_timeline();
  test_month_names_article();
  test_month_title_case_article();
  test_live_blog_stamps();
  test_mmr();
  test_headline();
  test_quote_fragment();
  test_credit_before_lead();
  test_timestamp();
  test_offtopic_mentions();
  test_metrics();
  return test_done("test_timeline");
}
