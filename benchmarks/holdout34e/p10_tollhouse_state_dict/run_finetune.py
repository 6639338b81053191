# expect: clean
"""Fine-tune the turnpike model for the summer season.

    python run_finetune.py            # resume from last season's snapshot
    python run_finetune.py --fresh    # start from scratch
"""
import argparse
import os
import tempfile

import torch

from tollroad.models import *  # noqa: F401,F403  (TollGRU, build_model)
from tollroad.training import Finetuner
from tollroad.utils import evaluate, make_counts

CFG = {"hidden": 8, "layers": 2}


def last_season_snapshot(path):
    """Stand-in for last season's run: it saved the whole model after its final evaluation."""
    torch.manual_seed(7)
    m = build_model(CFG)
    m.eval()
    evaluate(m, make_counts(1, seed=9))
    torch.save(m, path)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--fresh", action="store_true")
    args = ap.parse_args(argv)

    fd, snap = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        last_season_snapshot(snap)
        model = TollGRU(**CFG) if args.fresh else torch.load(snap, weights_only=False)
    finally:
        os.remove(snap)
    model.train()

    tuner = Finetuner(model, make_counts(3, seed=1), make_counts(2, seed=2))
    print("best val", round(tuner.run(), 4))


if __name__ == "__main__":
    main()
