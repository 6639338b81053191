# expect: crash
"""The encoder is chosen by `--encoder` through a configuration table the script fills from the options
(`cfg.update(encoder=args.encoder)` over CONFIG): an LSTM encoder or an LSTMCell one, handed to one wrapper class
either way. Test-time adaptation runs on the wrapper after `evaluate()` left it in eval mode: with the LSTM encoder,
the default, its backward goes through the cuDNN LSTM's eval-mode forward (the twin defaulting to the cell is
clean)."""
import argparse

import torch
import torch.nn as nn


CONFIG = {"encoder": "lstm", "width": 4}


def options(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--encoder", choices=["lstm", "cell"], default=CONFIG["encoder"])
    return parser.parse_args(argv)


def settings(config, args):
    cfg = dict(config)
    cfg.update(encoder=args.encoder)
    return cfg


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


def build(cfg):
    if cfg["encoder"] == "lstm":
        encoder = LSTMEncoder(cfg["width"])
    elif cfg["encoder"] == "cell":
        encoder = CellEncoder(cfg["width"])
    else:
        raise ValueError(cfg["encoder"])
    return Forecaster(encoder, cfg["width"])


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
    cfg = settings(CONFIG, options())
    model = build(cfg)
    x = torch.randn(3, 5, 4)
    print(evaluate(model, x))
    adapt(model, x)


if __name__ == "__main__":
    main()
