# expect: crash
"""Rowing stroke-rate estimation from oarlock IMU windows.

Step 1: Monte Carlo dropout at inference to find uncertain crews.
Step 2: a short fine-tune on the uncertain windows.
"""
import torch
import torch.nn as nn

torch.manual_seed(3)


class StrokeRateNet(nn.Module):
    def __init__(self, n_axes=6, hidden=12):
        super().__init__()
        self.inp = nn.Linear(n_axes, hidden)
        self.drop = nn.Dropout(0.3)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h = self.drop(torch.relu(self.inp(x)))
        seq, _ = self.lstm(h)
        return self.out(self.drop(seq[:, -1])).squeeze(-1)


def enable_mc_dropout(model):
    # the classic recipe: everything in eval, then switch the dropout layers back on
    model.eval()
    for m in model.modules():
        if isinstance(m, nn.Dropout):
            m.train()


def mc_predict(model, x, passes=8):
    enable_mc_dropout(model)
    with torch.no_grad():
        draws = torch.stack([model(x) for _ in range(passes)])
    return draws.mean(0), draws.std(0)


def finetune(model, x, y, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    model = StrokeRateNet()
    windows = torch.randn(8, 10, 6)
    rates = torch.rand(8) * 10 + 28
    mean, std = mc_predict(model, windows)
    uncertain = std.argsort(descending=True)[:4]
    print("most uncertain crews:", uncertain.tolist())
    loss = finetune(model, windows[uncertain], rates[uncertain])
    print("fine-tune loss", round(loss, 3))


if __name__ == "__main__":
    main()
