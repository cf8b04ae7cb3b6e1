// TempEval-3's TimeML news corpora, read from the peers' folder at test time.
//
// bench/temporal/tempeval.py runs the real `parley extract` on each document,
// with the document's creation time as its publication time, and scores the
// dates it prints with the peers' own score.py: an expression matches a
// TIMEX3 it overlaps (relaxed extent), and its value must be the annotators'
// string exactly (value F1 = value accuracy on the matches × relaxed F1).
// HeidelTime, the best system of TempEval-3, has value F1 0.776 on platinum.
// The floors sit just under what parley reaches, so a change that loses
// expressions or misplaces them fails here.

#include "support/run.h"
#include "support/shared.h"

#include <catch2/catch.hpp>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

namespace {

struct Scores {
    double relaxed_f1 = 0;
    double value_f1 = 0;
    int gold = 0;
};

Scores score(const std::string& split) {
    parley::test::RunOptions options;
    options.inherit_env = true;
    options.env["PARLEY_SHARED_DIR"] = parley::test::shared_dir().string();
    const auto r = parley::test::run_command({"/usr/bin/python3", PARLEY_TEMPEVAL_SCRIPT, split,
                                              "--json", "--parley", parley::test::parley_exe()},
                                             options);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto brace = r.out.find('{');
    REQUIRE(brace != std::string::npos);
    const auto doc = nlohmann::json::parse(r.out.substr(brace));
    Scores s{doc["relaxed"]["F1"].get<double>(), doc["value"]["F1"].get<double>(),
             doc["gold_timex"].get<int>()};
    std::cout << "TempEval-3 " << split << ": " << s.gold << " TIMEX3, relaxed F1 " << s.relaxed_f1
              << ", value F1 " << s.value_f1 << "\n";
    return s;
}

} // namespace

TEST_CASE("TempEval-3 platinum: parley finds and places the test set's expressions above the "
          "floors") {
    PARLEY_SKIP_WITHOUT_SHARED("peers/tempeval3/score.py");
    const auto s = score("platinum");
    CHECK(s.gold == 138);
    CHECK(s.relaxed_f1 >= 0.90); // reached: 0.902
    CHECK(s.value_f1 >= 0.79);   // reached: 0.797; HeidelTime 0.776
}

TEST_CASE("TempEval-3 training sets: parley finds and places TimeBank's and AQUAINT's "
          "expressions above the floors") {
    PARLEY_SKIP_WITHOUT_SHARED("peers/tempeval3/score.py");
    const auto timebank = score("train/TimeBank");
    CHECK(timebank.relaxed_f1 >= 0.91); // reached: 0.920
    CHECK(timebank.value_f1 >= 0.79);   // reached: 0.797
    const auto aquaint = score("train/AQUAINT");
    CHECK(aquaint.relaxed_f1 >= 0.93); // reached: 0.934
    CHECK(aquaint.value_f1 >= 0.75);   // reached: 0.755
}
