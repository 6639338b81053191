# expect: crash
"""Clock escapement drift: a hand-written LightningModule-like class; the sensitivity of the
predicted drift to each beat is taken with torch.func.vjp in `on_train_end`."""
import torch
import torch.nn as nn
from torch.func import vjp

torch.manual_seed(5)


class MiniLightningModule(nn.Module):
    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def on_train_end(self, trainer):
        pass


class EscapementModel(MiniLightningModule):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 1)

    def forward(self, beats):
        h, _ = self.gru(beats)
        return self.head(h[:, -1]).squeeze(-1)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.smooth_l1_loss(self(x), y)

    def configure_optimizers(self):
        return torch.optim.RMSprop(self.parameters(), lr=3e-3)

    def on_train_end(self, trainer):
        x, _ = trainer.batches[0]
        drift, pullback = vjp(self, x)  # TM002-here
        (sens,) = pullback(torch.ones_like(drift))
        trainer.log("beat_sensitivity", sens.abs().mean().item())


class MiniTrainer:
    def __init__(self, max_epochs=2):
        self.max_epochs = max_epochs
        self.logged = {}
        self.batches = []

    def log(self, k, v):
        self.logged[k] = v

    def fit(self, module, batches):
        self.batches = batches
        opt = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(batches):
                opt.zero_grad()
                loss = module.training_step(batch, i)
                loss.backward()
                opt.step()
                self.log("loss", loss.item())
        module.on_train_end(self)
        return self.logged


data = [(torch.randn(4, 6, 2), torch.randn(4)) for _ in range(2)]
print(MiniTrainer().fit(EscapementModel(), data))
