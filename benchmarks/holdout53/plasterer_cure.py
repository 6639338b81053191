# expect: crash
"""Plasterer: lime-plaster curing time from humidity traces; the backbone is chosen by name, then a
saliency pass on the validation wall explains which hours matter."""
import logging

import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("plasterer")

CONFIG = {"backbone": "lstm", "feats": 3, "hidden": 8, "steps": 10, "epochs": 2}


class LSTMCure(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.rnn = nn.LSTM(feats, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


class CellCure(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(feats, hidden)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), self.cell.hidden_size)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.fc(h)


class ConvCure(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.conv = nn.Conv1d(feats, hidden, 3, padding=1)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.conv(x.transpose(1, 2)).mean(-1))


def build(cfg):
    if cfg["backbone"] == "lstm":
        net = LSTMCure(cfg["feats"], cfg["hidden"])
    elif cfg["backbone"] == "cell":
        net = CellCure(cfg["feats"], cfg["hidden"])
    else:
        net = ConvCure(cfg["feats"], cfg["hidden"])
    return net


def fit(net, cfg):
    opt = torch.optim.Adam(net.parameters(), lr=0.01)
    net.train()
    for epoch in range(cfg["epochs"]):
        x, y = torch.randn(4, cfg["steps"], cfg["feats"]), torch.rand(4, 1)
        loss = nn.functional.mse_loss(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        log.info("epoch %d loss %.4f", epoch, loss.item())


def saliency(net, wall):
    net.eval()
    wall = wall.clone().requires_grad_(True)
    net(wall).sum().backward()  # TM001-here
    return wall.grad.abs().mean(0).sum(-1)


if __name__ == "__main__":
    torch.manual_seed(9)
    net = build(CONFIG)
    fit(net, CONFIG)
    hours = saliency(net, torch.randn(2, CONFIG["steps"], CONFIG["feats"]))
    log.info("most important hour: %d", int(hours.argmax()))
