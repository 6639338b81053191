# expect: crash
"""Keep the season's best ledger-balance model on disk (a callback handed to `fit()` pickles the
whole module each time validation improves -- right after `validate()` left it in eval mode), then
load it back and refine it on the new season: the loaded module is still in eval mode, and the
refinement's backward goes through its eval-mode GRU."""
import os
import tempfile

import torch
from torch import nn

from ledger import store
from ledger.loops import fit, refine


class BalanceNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)


def main():
    torch.manual_seed(12)
    folder = tempfile.mkdtemp()
    target = os.path.join(folder, "best.pt")
    try:
        model = BalanceNet()
        print("best", fit(model, 2, on_improve=lambda m: store.save_best(m, target)))
        model = store.load_best(target)
        print("refined", refine(model))  # TM001-here
    finally:
        if os.path.exists(target):
            os.remove(target)
        os.rmdir(folder)


if __name__ == "__main__":
    main()
