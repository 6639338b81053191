# expect: clean
"""Vibrato-rate regression; one name `net` for whichever architecture the config picks."""
import torch
import torch.nn as nn

CONFIG = {"arch": "lstm", "hidden": 8, "steps": 3}


class ConvNet(nn.Module):
    def __init__(self, h):
        super().__init__()
        self.conv = nn.Conv1d(2, h, 3, padding=1)
        self.head = nn.Linear(h, 1)

    def forward(self, x):
        return self.head(self.conv(x.transpose(1, 2)).mean(-1)).squeeze(-1)


class RecNet(nn.Module):
    def __init__(self, h):
        super().__init__()
        self.rnn = nn.LSTM(2, h, batch_first=True)
        self.head = nn.Linear(h, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1]).squeeze(-1)


def build(cfg):
    if cfg["arch"] == "conv":
        net = ConvNet(cfg["hidden"]).eval()
    elif cfg["arch"] == "lstm":
        net = RecNet(cfg["hidden"])
    else:
        raise ValueError(cfg["arch"])
    return net


def main():
    torch.manual_seed(7)
    net = build(CONFIG)
    opt = torch.optim.SGD(net.parameters(), lr=0.05)
    x, y = torch.randn(6, 10, 2), torch.randn(6)
    for _ in range(CONFIG["steps"]):
        loss = nn.functional.mse_loss(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(loss.item())


if __name__ == "__main__":
    main()
