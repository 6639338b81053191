# expect: clean
"""Slubber yarn evenness regressor: a small trainer with overridable hooks."""
import logging
import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("slubber")


class EvennessNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.out(h[:, -1]).squeeze(-1)


class HookTrainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    def on_epoch_start(self, epoch):
        self.model.train()

    def on_validation_end(self, epoch, val_loss):
        self.history.append(val_loss)

    def train_batch(self, x, y):
        self.opt.zero_grad()
        loss = nn.functional.mse_loss(self.model(x), y)
        loss.backward()
        self.opt.step()
        return loss.item()

    def validate(self, batches):
        self.model.eval()
        with torch.no_grad():
            losses = [nn.functional.mse_loss(self.model(x), y).item() for x, y in batches]
        return sum(losses) / len(losses)

    def fit(self, train, val, epochs=3):
        for epoch in range(epochs):
            self.on_epoch_start(epoch)
            tl = [self.train_batch(x, y) for x, y in train]
            vl = self.validate(val)
            self.on_validation_end(epoch, vl)
            log.info("epoch %d train %.4f val %.4f", epoch, sum(tl) / len(tl), vl)


class DriftLoggingTrainer(HookTrainer):
    """Adds a drift log and chains to the base hook."""

    def on_epoch_start(self, epoch):
        super().on_epoch_start(epoch)
        log.info("drift check before epoch %d: %d records", epoch, len(self.history))


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 6, 3, generator=g), torch.randn(4, generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(0)
    trainer = DriftLoggingTrainer(EvennessNet())
    trainer.fit(batches(3, 1), batches(2, 2), epochs=3)
    print("done", trainer.history)
