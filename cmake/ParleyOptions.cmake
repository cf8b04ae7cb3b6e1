# Compiler settings every parley target shares, through the parley_options
# interface target.
add_library(parley_options INTERFACE)
target_compile_options(parley_options INTERFACE -Wall -Wextra -Wpedantic -Werror)
# g++ 12 reports -Wrestrict on `"literal" + std::string` at -O2 and above, a
# false positive in libstdc++ (GCC bug 105329, fixed in g++ 13).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(parley_options INTERFACE -Wno-restrict)
endif()
target_include_directories(parley_options INTERFACE ${PROJECT_SOURCE_DIR})
if(PARLEY_SANITIZE)
  target_compile_options(parley_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(parley_options INTERFACE -fsanitize=address,undefined)
endif()
# A long fuzzing campaign may trade AddressSanitizer for speed (it costs
# most of each execution on article-sized inputs): its corpus is then
# replayed under the full fuzz build.
set(PARLEY_FUZZ_SANITIZE "address,undefined" CACHE STRING
  "Sanitizers of the fuzz build, besides libFuzzer's coverage")
# A campaign may also drop coverage features whose cost outweighs what they
# tell the fuzzer: see the fuzz-campaign preset.
set(PARLEY_FUZZ_NO_COVERAGE "" CACHE STRING
  "libFuzzer coverage features the fuzz build leaves out (for example trace-cmp)")
if(PARLEY_BUILD_FUZZ)
  # Undefined behaviour must stop the run, or libFuzzer counts it as no finding.
  target_compile_options(parley_options INTERFACE
    -fsanitize=fuzzer-no-link,${PARLEY_FUZZ_SANITIZE} -fno-omit-frame-pointer
    -fno-sanitize-recover=all)
  if(PARLEY_FUZZ_NO_COVERAGE)
    target_compile_options(parley_options INTERFACE
      -fno-sanitize-coverage=${PARLEY_FUZZ_NO_COVERAGE})
  endif()
  target_link_options(parley_options INTERFACE -fsanitize=${PARLEY_FUZZ_SANITIZE})
endif()
