# expect: crash
"""unittest suite for a POS tagger: TestCase.setUp builds the model from a string name through a factory in
tests/helpers.py (which returns it in eval 'so tests are deterministic'); the gradient test back-propagates.
The suite is run with TestSuite.debug() (CI 'fail fast, show traceback' mode), so errors propagate."""
import sys
import unittest

sys.path.insert(0, "tests")
import test_tagger  # noqa: E402

suite = unittest.defaultTestLoader.loadTestsFromModule(test_tagger)
suite.debug()
print("ran", suite.countTestCases(), "tests")
