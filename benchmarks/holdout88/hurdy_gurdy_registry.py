# expect: crash
"""Hurdy-gurdy drone tuning: a registry of encoders, a pretrained classmethod, a new regression head."""
import torch
import torch.nn as nn
import torch.nn.functional as F

ENCODERS = {}


def register(name):
    def deco(cls):
        ENCODERS[name] = cls
        return cls
    return deco


@register("gru")
class DroneEncoder(nn.Module):
    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[1][-1]

    @classmethod
    def pretrained(cls, **kw):
        model = cls(**kw)
        # pretend we loaded weights; deployment copies are kept deterministic
        with torch.no_grad():
            for p in model.parameters():
                p.mul_(0.5)
        return model.eval()


def build(name, **kw):
    return ENCODERS[name].pretrained(**kw)


def main():
    torch.manual_seed(3)
    enc = build("gru", n_in=2, hidden=8)
    head = nn.Linear(8, 1)
    opt = torch.optim.SGD(list(head.parameters()) + list(enc.parameters()), lr=0.05)
    x, y = torch.randn(8, 10, 2), torch.randn(8, 1)
    for epoch in range(3):
        opt.zero_grad()
        loss = F.mse_loss(head(enc(x)), y)
        loss.backward()  # TM001-here
        opt.step()
        print(epoch, loss.item())


if __name__ == "__main__":
    main()
