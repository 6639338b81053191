# expect: crash
"""The encoder is chosen from the environment (`ENCODER`, "lstm" unless set): an LSTM encoder or an LSTMCell one,
handed to one wrapper class either way. Test-time adaptation runs on the wrapper after `evaluate()` left it in eval
mode: with the LSTM encoder (a plain run) its backward goes through the cuDNN LSTM's eval-mode forward."""
import os

import torch
import torch.nn as nn


class LSTMEncoder(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.rnn = nn.LSTM(width, width, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


class CellEncoder(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.cell = nn.LSTMCell(width, width)

    def forward(self, x):
        h = c = x.new_zeros(x.shape[0], x.shape[2])
        states = []
        for step in range(x.shape[1]):
            h, c = self.cell(x[:, step], (h, c))
            states.append(h)
        return torch.stack(states, 1)


class Forecaster(nn.Module):
    def __init__(self, encoder, width):
        super().__init__()
        self.encoder = encoder
        self.head = nn.Linear(width, 1)

    def forward(self, x):
        return self.head(self.encoder(x)[:, -1])


def build(kind, width=4):
    if kind == "lstm":
        encoder = LSTMEncoder(width)
    elif kind == "cell":
        encoder = CellEncoder(width)
    else:
        raise ValueError(kind)
    return Forecaster(encoder, width)


def evaluate(model, x):
    model.eval()
    with torch.no_grad():
        return float(model(x).mean())


def adapt(model, x):
    optimizer = torch.optim.SGD(model.encoder.parameters(), lr=0.01)
    loss = model(x).pow(2).mean()
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()


def main():
    model = build(os.environ.get("ENCODER", "lstm"))
    x = torch.randn(3, 5, 4)
    print(evaluate(model, x))
    adapt(model, x)


if __name__ == "__main__":
    main()
