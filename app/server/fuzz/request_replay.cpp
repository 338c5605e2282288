// Runs the request fuzz target without libFuzzer: every input of the checked-in corpus, then a
// fixed number of seeded mutations of them, so the invariants are checked on every ordinary build.
// Usage: pos_fuzz_replay CORPUS_DIR [MUTATIONS]
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

void run(const std::string& input) {
  (void)LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
}

std::vector<std::string> readCorpus(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> corpus;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    corpus.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return corpus;
}

// Pieces that tend to reach new branches: JSON punctuation, numbers of every kind, bad UTF-8,
// percent escapes, credentials and media types.
const std::vector<std::string> kTokens = {
    "{", "}", "[", "]", "\"", ",", ":", "null", "true", "1e3", "10.5", "-0", "18446744073709551616",
    "\"10\"", "\xC0\xAF", "\xED\xA0\x80", "\\ud800", "%", "%2F", "?", "/", "{id}", "Bearer admin-token",
    "Bearer lane-token", "Bearer revoked-token", "text/plain", "application/json", "\n", "\r\n", "\0"};

std::string mutate(std::string input, const std::vector<std::string>& corpus, std::mt19937& random) {
  const auto pick = [&](std::size_t bound) {
    return bound == 0 ? std::size_t{0} : std::uniform_int_distribution<std::size_t>(0, bound - 1)(random);
  };
  const auto steps = 1 + pick(4);
  for (std::size_t step = 0; step < steps; ++step) {
    const auto at = pick(input.size() + 1);
    switch (pick(5)) {
      case 0:
        if (!input.empty()) input[std::min(at, input.size() - 1)] ^= static_cast<char>(1u << pick(8));
        break;
      case 1:
        input.insert(at, kTokens[pick(kTokens.size())]);
        break;
      case 2:
        input.erase(at, pick(16));
        break;
      case 3:
        input.insert(at, input.substr(pick(input.size() + 1), pick(32)));
        break;
      default: {
        const auto& other = corpus[pick(corpus.size())];
        input = input.substr(0, at) + other.substr(std::min(at, other.size()));
      }
    }
  }
  return input;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: pos_fuzz_replay CORPUS_DIR [MUTATIONS]\n";
    return 2;
  }
  const auto corpus = readCorpus(argv[1]);
  if (corpus.empty()) {
    std::cerr << "pos_fuzz_replay: no .txt inputs in " << argv[1] << "\n";
    return 2;
  }
  const long mutations = argc > 2 ? std::stol(argv[2]) : 20000;
  for (const auto& input : corpus) run(input);
  std::mt19937 random(20261122);
  for (long i = 0; i < mutations; ++i) {
    run(mutate(corpus[static_cast<std::size_t>(i) % corpus.size()], corpus, random));
  }
  std::cout << "pos_fuzz_replay: " << corpus.size() << " corpus inputs and " << mutations
            << " mutations, every invariant held\n";
  return 0;
}
