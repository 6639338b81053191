# expect: crash
"""Whitesmith sheet-gauge regression with gradient-based (SNIP-like) pruning scores.

A small GRU reads a sequence of roller pressures and predicts the final tin sheet gauge.
After each validation pass a hook scores the weights by |w * dL/dw| on a held-out batch.
"""
import torch
import torch.nn as nn

torch.manual_seed(0)


class GaugeNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.relu(self.proj(x)))
        return self.head(h[:, -1]).squeeze(-1)


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.loss_fn = nn.MSELoss()
        self.scores = {}

    def on_epoch_end(self, epoch, loss):
        pass

    def on_validation_end(self, batch):
        pass

    def train_epoch(self, batches):
        self.model.train()
        total = 0.0
        for x, y in batches:
            self.opt.zero_grad()
            loss = self.loss_fn(self.model(x), y)
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / len(batches)

    @torch.no_grad()
    def validate(self, batch):
        self.model.eval()
        x, y = batch
        return self.loss_fn(self.model(x), y).item()

    def fit(self, batches, val_batch, epochs=2):
        for ep in range(epochs):
            loss = self.train_epoch(batches)
            self.on_epoch_end(ep, loss)
            val = self.validate(val_batch)
            self.on_validation_end(val_batch)
            print(f"epoch {ep} train {loss:.4f} val {val:.4f}")


class PruningTrainer(Trainer):
    """Scores every weight on the validation batch, SNIP style."""

    def on_validation_end(self, batch):
        x, y = batch
        self.model.zero_grad()
        loss = self.loss_fn(self.model(x), y)
        loss.backward()  # TM001-here
        for name, p in self.model.named_parameters():
            if p.grad is not None:
                self.scores[name] = (p.detach() * p.grad).abs().mean().item()
        self.model.zero_grad()


def make_batches(n=4, bs=4, T=6):
    return [(torch.randn(bs, T, 3), torch.randn(bs)) for _ in range(n)]


if __name__ == "__main__":
    trainer = PruningTrainer(GaugeNet())
    trainer.fit(make_batches(), (torch.randn(4, 6, 3), torch.randn(4)))
    print({k: round(v, 4) for k, v in trainer.scores.items()})
