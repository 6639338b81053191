# expect: clean
"""Saddletree pressure maps: fine-tune with parts of the network pinned to eval behaviour by name."""
import logging

import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("saddletree")

CONFIG = {"pin_eval": ["encoder.drop_in"], "lr": 5e-3, "steps": 3}


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.drop_in = nn.Dropout(0.1)
        self.rnn = nn.LSTM(5, 8, batch_first=True, bidirectional=True)

    def forward(self, x):
        h, _ = self.rnn(self.drop_in(x))
        return h.mean(1)


class PressureNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Linear(5, 5)
        self.encoder = Encoder()
        self.head = nn.Linear(16, 1)

    def forward(self, x):
        return self.head(self.encoder(self.stem(x))).squeeze(-1)


def pin_eval(model, prefixes):
    pinned = []
    for name, module in model.named_modules():
        if any(name == p or name.startswith(p + ".") for p in prefixes):
            module.eval()
            pinned.append(name)
    return pinned


def main():
    torch.manual_seed(0)
    model = PressureNet().train()
    log.info("pinned: %s", pin_eval(model, CONFIG["pin_eval"]))
    opt = torch.optim.Adam(model.parameters(), lr=CONFIG["lr"])
    for step in range(CONFIG["steps"]):
        x, y = torch.randn(4, 7, 5), torch.randn(4)
        loss = nn.functional.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        log.info("step %d loss %.4f", step, loss.item())


if __name__ == "__main__":
    main()
