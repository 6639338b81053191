# expect: clean
"""Keep the season's best ledger-balance weights on disk (a callback handed to `fit()` saves the
state dict each time validation improves, right after `validate()` left the model in eval mode),
then load them into a freshly built model and refine it on the new season: a new module starts in
train mode, whatever mode the saved one was in, so the refinement's backward runs."""
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
        model = store.load_best(target, BalanceNet)
        print("refined", refine(model))
    finally:
        if os.path.exists(target):
            os.remove(target)
        os.rmdir(folder)


if __name__ == "__main__":
    main()
