# expect: crash
"""Spectral-line fitting: a validation pass then a training pass that switches mode too late."""
import torch
from torch import nn


class LineFit(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def step(model, opt, x, y):
    pred = model(x)
    model.train()  # make sure dropout etc. are on for the update
    loss = (pred - y).pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def main():
    torch.manual_seed(10)
    model = LineFit()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for epoch in range(2):
        x, y = torch.randn(4, 7, 2), torch.randn(4, 1)
        print(epoch, step(model, opt, x, y))
        model.eval()
        with torch.no_grad():
            print("val", model(x).mean().item())


if __name__ == "__main__":
    main()
