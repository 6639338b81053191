# expect: crash
"""Next-basket recommendation with a GRU over past baskets.

The trainer builds its phase methods with functools.partialmethod; the
'adapt' phase (a few steps on the validation users before scoring them) was
made by copying the eval partial and flipping `update=True`.
"""
from functools import partialmethod

import torch
import torch.nn as nn

torch.manual_seed(14)
N_ITEMS = 12


class BasketGRU(nn.Module):
    def __init__(self, hid=8):
        super().__init__()
        self.item_proj = nn.Linear(N_ITEMS, hid)
        self.gru = nn.GRU(hid, hid, batch_first=True)
        self.score = nn.Linear(hid, N_ITEMS)

    def forward(self, baskets):
        h, _ = self.gru(torch.relu(self.item_proj(baskets)))
        return self.score(h[:, -1])


class Trainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), 1e-3)
        self.crit = nn.BCEWithLogitsLoss()

    def _run(self, batches, *, train_mode, update):
        self.model.train(train_mode)
        total = 0.0
        for hist, nxt in batches:
            with torch.set_grad_enabled(update):
                loss = self.crit(self.model(hist), nxt)
            if update:
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
            total += loss.item()
        return total / len(batches)

    fit_epoch = partialmethod(_run, train_mode=True, update=True)
    evaluate = partialmethod(_run, train_mode=False, update=False)
    adapt = partialmethod(_run, train_mode=False, update=True)


def batches(n):
    return [(torch.randint(0, 2, (4, 3, N_ITEMS)).float(), torch.randint(0, 2, (4, N_ITEMS)).float()) for _ in range(n)]


if __name__ == "__main__":
    tr = Trainer(BasketGRU())
    print("train", tr.fit_epoch(batches(2)))
    print("val", tr.evaluate(batches(1)))
    print("adapt", tr.adapt(batches(1)))
