# expect: clean
"""Fuller's cloth-thickness regressor built on LSTMCell; relevance callback after validation."""
import math
import torch
import torch.nn as nn

torch.manual_seed(1)


class ThicknessCellNet(nn.Module):
    def __init__(self, n_feat=5, hidden=10):
        super().__init__()
        self.cell = nn.LSTMCell(n_feat, hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.cell.hidden_size)
        c = torch.zeros_like(h)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h).squeeze(-1)


class RelevanceLogger:
    def __init__(self, every=1):
        self.every = every
        self.history = []

    def __call__(self, epoch, model, batch):
        if epoch % self.every:
            return
        x = batch.clone().requires_grad_(True)
        y = model(x).sum()
        (g,) = torch.autograd.grad(y, x)
        rel = (g * x).abs().mean(dim=(0, 1))
        self.history.append(rel.detach())
        print(f"  relevance@{epoch}: " + " ".join(f"{v:.3f}" for v in rel.tolist()))


class Loop:
    def __init__(self, model, callbacks=()):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)
        self.callbacks = list(callbacks)

    def fit_epoch(self):
        self.model.train()
        total = 0.0
        for _ in range(4):
            x = torch.randn(4, 7, 5)
            y = x[:, :, 0].mean(1)
            loss = nn.functional.mse_loss(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / 4

    def validate(self):
        self.model.eval()
        x = torch.randn(4, 7, 5)
        with torch.no_grad():
            rmse = math.sqrt(nn.functional.mse_loss(self.model(x), x[:, :, 0].mean(1)).item())
        return rmse, x

    def run(self, epochs=2):
        for ep in range(epochs):
            tr = self.fit_epoch()
            rmse, vx = self.validate()
            print(f"epoch {ep}: train {tr:.4f} val rmse {rmse:.4f}")
            for cb in self.callbacks:
                cb(ep, self.model, vx)


if __name__ == "__main__":
    Loop(ThicknessCellNet(), callbacks=[RelevanceLogger()]).run()
