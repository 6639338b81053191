# expect: crash
"""Hedge laying: from a sequence of pleacher measurements along a hedge (stem diameter,
cut depth, angle) predict regrowth vigour next spring, then report which pleachers drive
the prediction.  The architecture is chosen by name from the settings."""
import json

import torch

from hedgerow.select import build_model
from hedgerow.attribution import pleacher_importance
from hedgerow.train import fit

SETTINGS = json.loads('{"arch": "lstm", "hidden": 8, "epochs": 2, "lr": 0.01}')

if __name__ == "__main__":
    torch.manual_seed(23)
    x = torch.randn(6, 7, 3)
    y = x[:, :, 0].mean(1, keepdim=True)
    model = build_model(SETTINGS["arch"], n_in=3, hidden=SETTINGS["hidden"])
    print("train loss", round(fit(model, x, y, SETTINGS["epochs"], SETTINGS["lr"]), 4))
    imp = pleacher_importance(model, x[:2])
    print("most important pleacher per hedge:", imp.argmax(1).tolist())
