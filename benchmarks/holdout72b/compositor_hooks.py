# expect: crash
"""Compositor line-justification model: trainer with overridable hooks."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class GlyphRNN(nn.Module):
    def __init__(self, n_in=6, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.head(h[:, -1]).squeeze(-1)


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    def on_epoch_end(self, epoch):
        pass

    def on_validation_end(self, batch, preds):
        pass

    def train_epoch(self, data):
        self.model.train()
        for x, y in data:
            self.opt.zero_grad()
            loss = nn.functional.mse_loss(self.model(x), y)
            loss.backward()
            self.opt.step()

    def validate(self, data):
        self.model.eval()
        x, y = data[0]
        preds = self.model(x)
        self.history.append(nn.functional.mse_loss(preds, y).item())
        self.on_validation_end(x, preds)

    def fit(self, train, val, epochs=2):
        for ep in range(epochs):
            self.train_epoch(train)
            self.validate(val)
            self.on_epoch_end(ep)


class SaliencyTrainer(Trainer):
    """Logs which glyph positions drive the justification score."""

    def on_validation_end(self, batch, preds):
        # preds came from the eval-mode forward in validate()
        self.model.zero_grad()
        preds.sum().backward()  # TM001-here
        mag = sum(p.grad.abs().sum().item() for p in self.model.parameters() if p.grad is not None)
        print("param grad magnitude", round(mag, 4))


def batches(n=3, b=4, t=5):
    return [(torch.randn(b, t, 6), torch.randn(b)) for _ in range(n)]


if __name__ == "__main__":
    tr = SaliencyTrainer(GlyphRNN())
    tr.fit(batches(), batches(1))
    print("done", tr.history)
