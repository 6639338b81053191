# expect: crash
"""unittest: setUp builds the model through a helper that returns it in eval mode (deterministic shape tests);
the gradient test back-propagates through the LSTM. debug() lets the error through, as a fail-fast CI run does."""
import sys
import unittest

sys.path.insert(0, "tests")
import tagger_cases  # noqa: E402

unittest.defaultTestLoader.loadTestsFromModule(tagger_cases).debug()
print("tests passed")
