# expect: clean
"""The phase is a `contextvars.ContextVar`; `sync_mode` reads it. Mining sets "mine" and resets the
variable afterwards, then syncs the model again: the loop trains."""
import contextvars

import torch
import torch.nn as nn

PHASE = contextvars.ContextVar("phase", default="train")


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 6, batch_first=True)

    def forward(self, x):
        return self.gru(x)[0].mean(1)


def sync_mode(model):
    model.train(PHASE.get() == "train")


def mine_negatives(model, x):
    token = PHASE.set("mine")
    try:
        sync_mode(model)
        with torch.no_grad():
            return model(x).argmax(-1)
    finally:
        PHASE.reset(token)
        sync_mode(model)


def main():
    model = Encoder()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    sync_mode(model)
    for _ in range(2):
        x = torch.randn(3, 5, 4)
        hard = mine_negatives(model, x)
        loss = model(x).sum() + hard.float().mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        sync_mode(model)


if __name__ == "__main__":
    main()
