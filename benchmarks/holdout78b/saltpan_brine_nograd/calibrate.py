# expect: clean
"""Salt pan brine: classify evaporation stage from salinometer sequences, then fit a
temperature for calibrated probabilities. Phases come from a YAML-like text block."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
from saltpan import BrineRNN, PhaseTable, run_fit, run_calibration  # noqa: E402

PHASE_SPEC = """
fit:
  mode: train
  grad: true
calibrate:
  mode: eval
  grad: false
"""


def main():
    torch.manual_seed(7)
    table = PhaseTable.from_text(PHASE_SPEC)
    model = BrineRNN(n_in=2, hidden=6, n_cls=4)
    data = [(torch.randn(4, 9, 2), torch.randint(0, 4, (4,))) for _ in range(3)]
    run_fit(model, data, table["fit"])
    temp = run_calibration(model, data, table["calibrate"])
    print("temperature", round(temp, 4))


if __name__ == "__main__":
    main()
