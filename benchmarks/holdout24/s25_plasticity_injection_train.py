# expect: clean
"""Plasticity injection via `model.apply(reset)`; the injection helper ends with `model.train()`."""
import torch
import torch.nn as nn


class SeqModel(nn.Module):
    def __init__(self, d=5, hidden=8, out=3):
        super().__init__()
        self.lstm = nn.LSTM(d, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, out))

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1])


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(-1) == y).float().mean().item()


def reset(m):
    if isinstance(m, nn.Linear):
        m.reset_parameters()


def inject_plasticity(model):
    model.head.apply(reset)
    model.train()


def main():
    torch.manual_seed(2)
    model = SeqModel()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    x, y = torch.randn(6, 7, 5), torch.randint(0, 3, (6,))
    for step in range(4):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        if step == 1:
            print("acc", evaluate(model, x, y))
            inject_plasticity(model)


if __name__ == "__main__":
    main()
