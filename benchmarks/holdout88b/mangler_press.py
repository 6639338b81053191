# expect: crash
"""Laundry mangler roller-pressure forecaster with a hook-based trainer.

PruneScoringTrainer overrides on_validation_end to compute |w * dL/dw| scores on a
validation batch, used later to drop weak hidden units.
"""
import torch
import torch.nn as nn

torch.manual_seed(0)


class PressureNet(nn.Module):
    def __init__(self, n_in=5, hidden=12):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.loss_fn = nn.MSELoss()

    def on_epoch_end(self, epoch, loss):
        pass

    def on_validation_end(self, val_batch, val_loss):
        pass

    def fit(self, batches, val_batch, epochs=2):
        for epoch in range(epochs):
            self.model.train()
            total = 0.0
            for x, y in batches:
                self.opt.zero_grad()
                loss = self.loss_fn(self.model(x), y)
                loss.backward()
                self.opt.step()
                total += loss.item()
            self.on_epoch_end(epoch, total / len(batches))
            val_loss = self.validate(val_batch)
            self.on_validation_end(val_batch, val_loss)

    def validate(self, val_batch):
        self.model.eval()
        x, y = val_batch
        with torch.no_grad():
            return self.loss_fn(self.model(x), y).item()


class PruneScoringTrainer(Trainer):
    def __init__(self, model, lr=1e-2):
        super().__init__(model, lr)
        self.scores = {}

    def on_validation_end(self, val_batch, val_loss):
        x, y = val_batch
        self.model.zero_grad()
        loss = self.loss_fn(self.model(x), y)
        loss.backward()  # TM001-here
        for name, p in self.model.named_parameters():
            if p.grad is not None:
                self.scores[name] = (p.detach() * p.grad).abs().sum().item()
        self.model.zero_grad()


def make_batches(n=3, b=4, t=6, f=5):
    return [(torch.randn(b, t, f), torch.randn(b, 1)) for _ in range(n)]


if __name__ == "__main__":
    trainer = PruneScoringTrainer(PressureNet())
    trainer.fit(make_batches(), (torch.randn(4, 6, 5), torch.randn(4, 1)))
    print({k: round(v, 3) for k, v in trainer.scores.items()})
