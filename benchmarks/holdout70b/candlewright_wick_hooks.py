# expect: crash
"""Candle wick burn-rate tagging: a trainer with overridable hooks; the subclass logs saliency."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class WickTagger(nn.Module):
    def __init__(self, n_feat=5, hidden=10, n_cls=3):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return self.cls(h[-1])


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)
        self.history = []

    def on_epoch_end(self, epoch):
        pass

    def on_validation_end(self, batch, metrics):
        pass

    def train_epoch(self, batches):
        self.model.train()
        for x, y in batches:
            loss = F.cross_entropy(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()

    def validate(self, batch):
        self.model.eval()
        x, y = batch
        with torch.no_grad():
            acc = (self.model(x).argmax(-1) == y).float().mean().item()
        metrics = {"acc": acc}
        self.on_validation_end(batch, metrics)
        return metrics

    def fit(self, batches, val_batch, epochs=2):
        for epoch in range(epochs):
            self.train_epoch(batches)
            self.history.append(self.validate(val_batch))
            self.on_epoch_end(epoch)


class SaliencyTrainer(Trainer):
    def on_validation_end(self, batch, metrics):
        x, y = batch
        x = x.clone().requires_grad_(True)
        score = self.model(x).gather(1, y[:, None]).sum()
        score.backward()  # TM001-here
        metrics["saliency"] = x.grad.abs().mean().item()


def make_batches(n=3, b=4, t=6, f=5):
    return [(torch.randn(b, t, f), torch.randint(0, 3, (b,))) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(1)
    tr = SaliencyTrainer(WickTagger())
    tr.fit(make_batches(), make_batches(1)[0])
    print(tr.history)
