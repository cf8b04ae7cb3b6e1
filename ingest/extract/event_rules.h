#pragma once
// The rules of one event kind, read from data/events/<kind>.rules. A rule
// file is a list of directives, one a line:
//
//   trigger <pattern> [status=S] [needs=E] [within=sentence] [target=subject] [weak]
//           [fallback] [rate=N] [joins] [approach] [dateless]
//                            words that state an event of this kind; target=subject:
//                            the country before the words is the tariff's target
//   block <pattern>          where this matches, no trigger of the file fires
//   needs <element>          the sentence must hold one of these (several lines: all)
//   slots <slot>...          details the kind takes: date rate products target
//                            round level location quota duration
//   dates <cue>...           the bounding words a date of this kind may have, the
//                            preferred first ("none", "since", "until", "by", …; see
//                            time_expression.h), and "report" for the day of "said
//                            on Tuesday"
//   split <slot>...          one event per rate, target or date found ("25 percent on
//                            steel in March and 25 percent on autos in April")
//   require <cond>|<cond>    an event is kept only when one holds (several lines: all);
//                            conditions: a slot name, "fact" (reported, held or
//                            rejected), "planned", "worded" (the trigger's own
//                            words give the status: status=S)
//   past <status>            the status of an event that has happened (talks: held)
//   future <kind>            the kind a planned or proposed event of this kind is
//                            recorded as (a tariff still to be imposed is announced)
//   undated <how>            the date of an event the text does not date:
//                            "publication", "report" (the day of "said on
//                            Tuesday" when the sentence has one), "announcement"
//                            (the day of "said on Tuesday he would cut" for what
//                            is still to come) or "unknown"
//
// Patterns and elements are described in patterns.h. A user's file of the
// same name adds triggers and blocks to parley's.

#include "ingest/extract/data_lines.h"
#include "ingest/extract/patterns.h"
#include "timeline/event.h"

#include <optional>
#include <string>
#include <vector>

namespace parley::extract {

enum class Slot : std::uint8_t {
    date,
    rate,
    products,
    target,
    round,
    level,
    location,
    quota,
    duration
};

std::optional<Slot> slot_from_name(std::string_view name);

struct Trigger {
    Pattern pattern;
    // A weak trigger ("the 25 percent levy") names a tariff already in force; it
    // yields an event only when no other event of its sentence takes its rate.
    bool weak = false;
    std::optional<EventStatus> status; // the status the words themselves give ("reject~")
    bool subject_is_target = false;    // "Japan faces a 25 percent tariff": target=subject
    std::vector<PatternElement> needs; // each must occur near the trigger
    // Where the needs may occur: its clause or near it, anywhere in the
    // sentence (within=sentence), or in its own clause alone (within=clause:
    // in "until Nov. 10, leaving a 10 percent levy in place", nothing stays
    // in place until Nov. 10).
    enum class NeedsWithin : std::uint8_t { near, sentence, clause };
    NeedsWithin needs_within = NeedsWithin::near;
    // A fallback trigger ("Ishiba said ... would") yields an event only when
    // no other trigger of its sentence does.
    bool fallback = false;
    std::optional<double> rate; // rate=0: "scraps tariffs" sets the rate it names none of
    // A joining trigger ("taking effect") only says when: after another tariff
    // trigger of its sentence it joins that one's frame instead of its own.
    bool joins = false;
    // An approach trigger ("fly to Washington on Thursday and hold talks on
    // Friday") is the way to the event: the date nearest it dates the event
    // only when no other trigger of its frame is there to date it.
    bool approach = false;
    // A dateless trigger ("putting Japan's trade deal into effect") tells an
    // event struck before, on a day its sentence does not give: the dates
    // beside it belong to other events.
    bool dateless = false;
    // Sets of vocabulary ids a sentence must hold one of each for the
    // pattern to match there: one set for each required element after the
    // first that names only words and classes (a class by the words its
    // phrases start with). Most tries of a trigger that starts at a common
    // word ("he", a country) fail for want of a later word ("said"), which
    // one look at the sentence rules out. Each set is named by its number
    // among all triggers' sets (Rules::anchor_masks). Filled in by Rules.
    std::vector<std::uint32_t> anchors;
};

// One of the conditions of a `require` line.
struct Requirement {
    bool fact = false;    // the event is reported, held or rejected
    bool planned = false; // the event is planned
    bool worded = false;  // its trigger's own words give its status ("invited ... to visit")
    Slot slot = Slot::date;
};

enum class Undated : std::uint8_t { unknown, report, announcement, publication };

struct KindRules {
    EventKind kind = EventKind::statement;
    std::vector<Slot> slots;
    std::vector<std::string> date_cues{"none"};
    std::vector<Slot> split;
    std::vector<std::vector<Requirement>> require;
    std::vector<PatternElement> needs;
    std::vector<Trigger> triggers;
    std::vector<Pattern> blocks;
    EventStatus past = EventStatus::reported;
    std::optional<EventKind> future; // the kind a planned or proposed event becomes
    Undated undated = Undated::unknown;

    bool takes(Slot s) const;
    bool splits(Slot s) const;
    bool accepts_cue(std::string_view cue) const;
};

// Reads events/<kind>.rules for every kind; throws std::runtime_error
// naming the file and line of a bad directive.
std::vector<KindRules> load_event_rules(const DataDirs& dirs, PatternContext& context);

// Adds one directive line to `rules` (for tests and the loader).
void add_rule_line(KindRules& rules, const DataLine& line, PatternContext& context);

} // namespace parley::extract
