# expect: clean
"""Candle-burn time regression with self-paced sample weights scored by an eval pass."""
import torch
from torch import nn


class WickNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(h[:, -1]).squeeze(-1)


def sample_weights(model, x, y, temp=1.0):
    model.eval()
    per = (model(x) - y) ** 2
    w = torch.softmax(torch.tensor([-v.item() / temp for v in per]), 0)
    model.train()
    return w


def main():
    torch.manual_seed(7)
    model = WickNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(6, 5, 2), torch.randn(6)
    for step in range(3):
        w = sample_weights(model, x, y)
        opt.zero_grad()
        loss = (w * (model(x) - y) ** 2).sum()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
