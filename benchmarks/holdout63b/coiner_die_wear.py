# expect: crash
"""Coin-die wear regression: trainer with hooks, saliency logged at the end of validation."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class DieWearNet(nn.Module):
    def __init__(self, n_feat=6, hidden=12):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.out(h[:, -1]).squeeze(-1)


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    def on_epoch_end(self, epoch, loss):
        self.history.append(loss)

    def on_validation_end(self, batch, metric):
        pass

    def train_epoch(self, batches):
        self.model.train()
        tot = 0.0
        for x, y in batches:
            self.opt.zero_grad()
            loss = nn.functional.mse_loss(self.model(x), y)
            loss.backward()
            self.opt.step()
            tot += loss.item()
        return tot / len(batches)

    def validate(self, batches):
        self.model.eval()
        with torch.no_grad():
            errs = [nn.functional.l1_loss(self.model(x), y).item() for x, y in batches]
        metric = sum(errs) / len(errs)
        self.on_validation_end(batches[0], metric)
        return metric

    def fit(self, train, val, epochs=2):
        for ep in range(epochs):
            loss = self.train_epoch(train)
            self.on_epoch_end(ep, loss)
            self.validate(val)


class SaliencyTrainer(Trainer):
    def on_validation_end(self, batch, metric):
        x, _ = batch
        x = x.clone().requires_grad_(True)
        score = self.model(x).sum()
        score.backward()  # TM001-here
        sal = x.grad.abs().mean(dim=(0, 1))
        print(f"val mae {metric:.3f} top feature {int(sal.argmax())}")


def make_batches(n=3):
    return [(torch.randn(4, 7, 6), torch.randn(4)) for _ in range(n)]


if __name__ == "__main__":
    tr = SaliencyTrainer(DieWearNet())
    tr.fit(make_batches(), make_batches(2))
    print("done", len(tr.history))
