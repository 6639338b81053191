# expect: clean
"""A trainer is handed a checkpoint keeper; its `update()` pickles the whole model right after validation left it
in eval mode, and `resume()` loads it back and puts it in train mode before fine-tuning: nothing crashes."""
import os
import tempfile

import torch
import torch.nn as nn


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)


class Keeper:
    def __init__(self, folder):
        self.path = os.path.join(folder, "best.pt")
        self.best = float("inf")

    def update(self, model, score):
        if score < self.best:
            self.best = score
            torch.save(model, self.path)

    def restore(self):
        return torch.load(self.path, weights_only=False)


class Trainer:
    def __init__(self, keeper):
        self.keeper = keeper

    def validate(self, model):
        model.eval()
        with torch.no_grad():
            return model(torch.randn(4, 5, 3)).pow(2).mean().item()

    def fit(self):
        model = Scorer()
        self.keeper.update(model, self.validate(model))

    def resume(self):
        model = self.keeper.restore()
        model.train()
        loss = model(torch.randn(4, 5, 3)).pow(2).mean()
        loss.backward()
        return loss.item()


torch.manual_seed(0)
with tempfile.TemporaryDirectory() as folder:
    trainer = Trainer(Keeper(folder))
    trainer.fit()
    print(trainer.resume())
