# expect: crash
"""Time-series imputation with a GRU-D style model.

Inputs are [values, mask, time-since-last-observation]; values are decayed to
the empirical mean before the GRU. After training, missing entries of a new
record are refined by gradient descent on the one-step-ahead reconstruction
error of the (frozen, eval-mode) model.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from grud import GRUD, fit_forecaster, refine_missing  # noqa: E402

if __name__ == "__main__":
    torch.manual_seed(13)
    d = 3
    values = torch.randn(4, 7, d)
    mask = (torch.rand(4, 7, d) > 0.3).float()
    model = GRUD(d, hidden=8, x_mean=values.mean((0, 1)))
    fit_forecaster(model, values, mask, steps=3)
    filled = refine_missing(model, values[:1], mask[:1])
    print("imputed:", filled[mask[:1] == 0][:4].tolist())
