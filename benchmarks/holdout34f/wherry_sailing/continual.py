# expect: clean
"""Wherry sailing: wind-shift classifier learned season by season, distilled from a frozen old model."""
import sys
import os

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from wherry import SailNet, freeze_snapshot  # noqa: E402
from wherry.learn import season_step  # noqa: E402

torch.manual_seed(11)

models = {"current": SailNet(), "old": None}
opt = torch.optim.Adam(models["current"].parameters(), lr=1e-2)
for season in range(3):
    models["current"].train()
    for _ in range(2):
        x = torch.randn(4, 8, 3)
        y = torch.randint(0, 3, (4,))
        loss = season_step(models, opt, x, y)
    print("season", season, "loss", round(loss, 4))
    models["old"] = freeze_snapshot(models["current"])
