# expect: clean
"""Lighterman tide-window forecaster: a trainer with hooks, a subclass logs saliency at validation end with cuDNN off for the probe."""
import logging
import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("lighterman")
torch.manual_seed(0)


class TideNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.out(h[:, -1])


class BaseTrainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    def on_epoch_end(self, epoch):
        pass

    def on_validation_end(self, batch, loss):
        pass

    def train_epoch(self, batches):
        self.model.train()
        for x, y in batches:
            self.opt.zero_grad()
            loss = nn.functional.mse_loss(self.model(x), y)
            loss.backward()
            self.opt.step()

    def validate(self, batches):
        self.model.eval()
        total = 0.0
        for x, y in batches:
            with torch.no_grad():
                loss = nn.functional.mse_loss(self.model(x), y)
            total += loss.item()
        self.on_validation_end(batches[0], total)
        return total / len(batches)

    def fit(self, train, val, epochs=2):
        for ep in range(epochs):
            self.train_epoch(train)
            v = self.validate(val)
            self.history.append(v)
            self.on_epoch_end(ep)


class SaliencyTrainer(BaseTrainer):
    def on_validation_end(self, batch, loss):
        x, _ = batch
        x = x.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            score = self.model(x).sum()
        score.backward()
        sal = x.grad.abs().mean(dim=(0, 1))
        log.info("saliency per feature %s (val %.3f)", sal.tolist(), loss)


def make_batches(n):
    return [(torch.randn(4, 6, 3), torch.randn(4, 1)) for _ in range(n)]


if __name__ == "__main__":
    trainer = SaliencyTrainer(TideNet())
    trainer.fit(make_batches(3), make_batches(2))
    log.info("done %s", trainer.history)
