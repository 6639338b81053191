# expect: crash
"""Horn-comb moulding: which time steps of the press temperature drive the warp prediction? (jacrev)"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from hornwork import WarpModel, fit, step_sensitivity  # noqa: E402

torch.manual_seed(8)

if __name__ == "__main__":
    model = WarpModel(n_in=3, hidden=6)
    fit(model, epochs=2)
    sens = step_sensitivity(model, torch.randn(7, 3))
    print("per-step sensitivity", [round(v, 4) for v in sens.tolist()])
