# expect: crash
"""Marine chronometer rate model: predicts tomorrow's daily rate (s/day) from a
week of temperature and previous rates.  Stage 1 trains on workshop trials and
exports a checkpoint; stage 2 reloads it and keeps training on sea trials."""
import os
import shutil
import tempfile

import torch

from checkpoints import export, restore
from model import RateModel
from stages import fit, mean_abs_error, trials

CFG = {"n_in": 2, "hidden": 8, "layers": 1}


def main():
    torch.manual_seed(31)
    workdir = tempfile.mkdtemp(prefix="chronometer_")
    try:
        model = RateModel(**CFG)
        fit(model, trials(16, seed=1), epochs=2, lr=5e-3, start_fresh=True)
        path = export(model, CFG, os.path.join(workdir, "workshop.pt"))
        print("workshop MAE", round(mean_abs_error(model, trials(8, seed=9)), 4))

        sea_model = restore(path)
        fit(sea_model, trials(16, seed=2, drift=0.4), epochs=1, lr=2e-3, start_fresh=False)
        print("sea MAE", round(mean_abs_error(sea_model, trials(8, seed=10, drift=0.4)), 4))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
