# expect: clean
"""Horseshoe wear from gait IMU: compare three sequence encoders under one training routine."""
import torch
from torch import nn


class GaitLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(6, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


class GaitCell(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(6, 8)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), 8)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.fc(h)


class GaitConv(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(6, 8, 3, padding=1)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.conv(x.transpose(1, 2)).mean(-1))


def build(name):
    if name == "conv":
        model = GaitConv()
    elif name == "cell":
        model = GaitCell()
    elif name == "lstm":
        model = GaitLSTM()
    else:
        raise KeyError(name)
    if name == "cell":
        # the cell encoder was pretrained; start them deterministic
        model.eval()
    return model


def fit(model, x, y, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(1)
    x, y = torch.randn(4, 9, 6), torch.randint(0, 2, (4,))
    for name in ["conv", "cell", "lstm"]:
        print(name, round(fit(build(name), x, y), 4))
