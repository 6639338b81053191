# expect: clean
"""Verjuice acidity from pressing-pressure traces. Each epoch: train, evaluate (which
restores the caller's mode), then log the gradient norm on a held-out batch."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class PressNet(nn.Module):
    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(self.drop(h[:, -1])).squeeze(-1)


def evaluate(model, batches):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        errs = [F.l1_loss(model(x), y).item() for x, y in batches]
    model.train(was_training)
    return sum(errs) / len(errs)


def holdout_grad_norm(model, x, y):
    model.zero_grad()
    F.mse_loss(model(x), y).backward()
    norm = torch.sqrt(sum((p.grad ** 2).sum() for p in model.parameters())).item()
    model.zero_grad()
    return norm


def make(n):
    x = torch.randn(n, 10, 2)
    return x, 3.2 - 0.3 * x[:, :, 1].mean(1)


def main():
    torch.manual_seed(15)
    model = PressNet()
    opt = torch.optim.Adam(model.parameters(), lr=4e-3)
    val = [make(4) for _ in range(2)]
    model.train()
    for epoch in range(3):
        for _ in range(3):
            x, y = make(6)
            opt.zero_grad()
            F.mse_loss(model(x), y).backward()
            opt.step()
        mae = evaluate(model, val)
        gn = holdout_grad_norm(model, *val[0])
        print(epoch, round(mae, 4), round(gn, 4))


if __name__ == "__main__":
    main()
