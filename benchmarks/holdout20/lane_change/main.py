# expect: crash
"""Lane-change intention prediction for highway vehicles.

A GRU history encoder pretrained on trajectory forecasting is kept frozen
(its dropout and weights fixed) through a FrozenEncoderMixin that overrides
train(); a new lane-context embedding in front of it and the intention head
are trained.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from lanechange.models import IntentionNet  # noqa: E402
from lanechange.fit import run_training  # noqa: E402

if __name__ == "__main__":
    torch.manual_seed(10)
    net = IntentionNet(n_lanes=4, d_state=4, hidden=8)
    hist = torch.randn(6, 5, 4)
    lanes = torch.randint(0, 4, (6, 5))
    intent = torch.randint(0, 3, (6,))
    run_training(net, [(hist, lanes, intent)] * 2)
