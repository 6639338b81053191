# expect: clean
"""Bowyer stave-drying curve model: early stopping reloads the best state dict and keeps training."""
import copy
import io
import torch
import torch.nn as nn

torch.manual_seed(6)


class DryingNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0]).squeeze(-1)


def batch(n=4, t=11):
    x = torch.randn(n, t, 2)
    return x, x.cumsum(1)[:, :, 0] * 0.1


class EarlyStopper:
    def __init__(self, patience=1):
        self.patience = patience
        self.best = float("inf")
        self.bad = 0
        self.buffer = None

    def update(self, model, val):
        if val < self.best:
            self.best, self.bad = val, 0
            self.buffer = io.BytesIO()
            torch.save(model.state_dict(), self.buffer)
            return False
        self.bad += 1
        return self.bad > self.patience

    def restore(self, model):
        self.buffer.seek(0)
        model.load_state_dict(torch.load(self.buffer))


def evaluate(model):
    model.eval()
    with torch.no_grad():
        x, y = batch()
        return nn.functional.mse_loss(model(x), y).item()


def main():
    model = DryingNet()
    opt = torch.optim.Adam(model.parameters(), lr=2e-2)
    stopper = EarlyStopper(patience=0)
    epoch = 0
    while epoch < 6:
        model.train()
        for _ in range(2):
            x, y = batch()
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        val = evaluate(model)
        print(f"epoch {epoch} val {val:.4f}")
        if stopper.update(model, val) or epoch == 2:
            stopper.restore(model)
            stopper.bad = 0
            for g in opt.param_groups:
                g["lr"] *= 0.5
        epoch += 1


if __name__ == "__main__":
    main()
