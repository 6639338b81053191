# expect: crash
"""Blacksmiths' quench logs: predict hardness from a temperature trace.

A small trainer with overridable hooks; the subclass adds a validation pass
in `on_epoch_end` and the base loop only calls train() once, before epoch 0.
"""
import torch
import torch.nn as nn


class QuenchNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.out(h[:, -1]).squeeze(-1)


class BaseTrainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    def on_epoch_start(self, epoch):
        pass

    def on_epoch_end(self, epoch):
        pass

    def step(self, x, y):
        self.opt.zero_grad()
        loss = nn.functional.mse_loss(self.model(x), y)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self, batches, epochs=3):
        self.model.train()
        for epoch in range(epochs):
            self.on_epoch_start(epoch)
            losses = [self.step(x, y) for x, y in batches]
            self.history.append(sum(losses) / len(losses))
            self.on_epoch_end(epoch)


class ValidatingTrainer(BaseTrainer):
    def __init__(self, model, val, **kw):
        super().__init__(model, **kw)
        self.val = val
        self.val_scores = []

    def on_epoch_end(self, epoch):
        self.model.eval()
        with torch.no_grad():
            x, y = self.val
            self.val_scores.append(nn.functional.l1_loss(self.model(x), y).item())
        print(f"epoch {epoch} train {self.history[-1]:.4f} val {self.val_scores[-1]:.4f}")


def make_batches(n=4, batch=4, steps=6):
    out = []
    for _ in range(n):
        x = torch.randn(batch, steps, 3)
        out.append((x, x[..., 0].mean(dim=1)))
    return out


if __name__ == "__main__":
    torch.manual_seed(0)
    trainer = ValidatingTrainer(QuenchNet(), val=make_batches(1)[0])
    trainer.fit(make_batches(), epochs=3)
    print("done", trainer.val_scores)
