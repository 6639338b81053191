# expect: crash
"""Telecom churn prediction from monthly usage sequences (LSTM).

The trainer exposes a `phase` property whose setter switches the model's mode;
after fitting, the notebook-turned-script scores the holdout month and then
runs temperature calibration of the churn logits.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from churn.modeling import ChurnLSTM  # noqa: E402
from churn.training import ChurnTrainer  # noqa: E402

if __name__ == "__main__":
    torch.manual_seed(15)
    usage = torch.randn(8, 6, 4)
    churned = (torch.rand(8) < 0.3).float()
    tr = ChurnTrainer(ChurnLSTM(n_feat=4, hidden=8))
    tr.phase = "train"
    tr.fit(usage, churned, epochs=2)
    tr.phase = "predict"
    print("holdout risk", tr.predict(usage[:3]).tolist())
    tr.phase = "calibrate"
    print("temperature", tr.calibrate(usage, churned))
