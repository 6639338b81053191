# expect: crash
"""Loom tension forecasting: a hook-driven trainer whose validation hook puts the model in eval mode and whose end
hook a subclass overrides without calling super() (so nothing restores train mode there). The subclass's batch-start
hook restores train mode only on the first batch (`if not self.model.training and self.step == 0:`), so after the
first validation every training forward runs the GRU in eval mode and the backward crashes."""
import torch
import torch.nn.functional as F
from torch import nn


class TensionNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1]).squeeze(-1)


class HookTrainer:
    def __init__(self, model, val_every=2):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)
        self.val_every = val_every
        self.step = 0

    def on_batch_start(self):
        pass

    def on_validation_start(self):
        self.model.eval()

    def on_validation_end(self):
        self.model.train()

    def validate(self, batches):
        self.on_validation_start()
        with torch.no_grad():
            score = sum(F.mse_loss(self.model(x), y).item() for x, y in batches)
        self.on_validation_end()
        return score

    def fit(self, train_batches, val_batches, epochs=2):
        self.model.train()
        for _ in range(epochs):
            for x, y in train_batches:
                self.on_batch_start()
                loss = F.mse_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
                self.step += 1
                if self.step % self.val_every == 0:
                    self.validate(val_batches)


class LoomTrainer(HookTrainer):
    best = float("inf")

    def on_batch_start(self):
        if not self.model.training and self.step == 0:
            self.model.train()

    def on_validation_end(self):
        self.best = min(self.best, self.step)


def batches(n):
    return [(torch.randn(4, 5, 2), torch.randn(4)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(5)
    trainer = LoomTrainer(TensionNet())
    trainer.fit(batches(3), batches(1))
    print("steps", trainer.step, "best", trainer.best)
