# expect: crash
"""Mussel-raft growth forecasting (shell length gain from water temperature,
chlorophyll and salinity sequences).  Batches come from a phase-aware stream
that switches the model between train and eval as it moves between splits; a
one-batch prefetcher keeps the next batch ready while the current one runs.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from raft import GrowthGRU, Runner, make_splits  # noqa: E402


def main():
    torch.manual_seed(14)
    model = GrowthGRU(n_in=3, hidden=10)
    train, val = make_splits(n_train=4, n_val=2)
    runner = Runner(model, lr=5e-3, prefetch=True)
    for epoch in range(2):
        stats = runner.epoch(train, val)
        print(epoch, stats)


if __name__ == "__main__":
    main()
