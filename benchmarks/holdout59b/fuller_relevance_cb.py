# expect: crash
"""Fuller's cloth-thickness regressor; a logging callback writes gradient*input relevance after validation."""
import math
import torch
import torch.nn as nn

torch.manual_seed(1)


class ThicknessLSTM(nn.Module):
    def __init__(self, n_feat=5, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        seq, _ = self.lstm(x)
        return self.out(seq[:, -1]).squeeze(-1)


class RelevanceLogger:
    """Callback: logs the mean |x * dy/dx| per feature."""

    def __init__(self, every=1):
        self.every = every
        self.history = []

    def __call__(self, epoch, model, batch):
        if epoch % self.every:
            return
        x = batch.clone().requires_grad_(True)
        y = model(x).sum()
        (g,) = torch.autograd.grad(y, x)  # TM001-here
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
    Loop(ThicknessLSTM(), callbacks=[RelevanceLogger()]).run()
