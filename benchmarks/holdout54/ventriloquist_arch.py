# expect: crash
"""Ventriloquist lip-stillness detector: does the dummy or the performer speak?

The architecture is picked from a settings dict; after training, a
gradient*input relevance map over the lip-landmark frames is logged.
"""
import argparse
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("ventriloquist")
SETTINGS = {"arch": "lstm", "landmarks": 10, "hidden": 8, "epochs": 2}


class SeqSpeaker(nn.Module):
    def __init__(self, landmarks, hidden):
        super().__init__()
        self.rnn = nn.LSTM(landmarks, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


class CellSpeaker(nn.Module):
    def __init__(self, landmarks, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(landmarks, hidden)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h = c = x.new_zeros(x.shape[0], self.cell.hidden_size)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h)


def build(settings):
    if settings["arch"] == "lstm":
        model = SeqSpeaker(settings["landmarks"], settings["hidden"])
    elif settings["arch"] == "lstm_cell":
        model = CellSpeaker(settings["landmarks"], settings["hidden"])
    else:
        raise ValueError(settings["arch"])
    return model


def relevance(model, x):
    model.eval()
    x = x.clone().requires_grad_(True)
    score = model(x).softmax(-1)[:, 1].sum()
    score.backward()  # TM001-here
    return (x.grad * x).sum(-1).abs()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default=SETTINGS["arch"])
    args = ap.parse_args([])
    settings = dict(SETTINGS, arch=args.arch)
    torch.manual_seed(9)
    model = build(settings)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(6, 9, settings["landmarks"]), torch.randint(0, 2, (6,))
    for epoch in range(settings["epochs"]):
        model.train()
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        rel = relevance(model, x[:2])
        log.info("epoch %d loss %.3f peak frame %s", epoch, loss.item(), rel.argmax(-1).tolist())
    print("ok")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
