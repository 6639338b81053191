# expect: crash
"""Cordwainer gait-pressure insoles: which time steps drive the wear score? torch.func.vjp saliency."""
import torch
import torch.nn as nn
from torch.func import vjp

torch.manual_seed(7)


class WearModel(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.GRU(4, hidden, num_layers=2, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.score(h).squeeze(-1).mean(-1)


def step_saliency(model, x):
    out, pullback = vjp(model, x)  # TM002-here
    (gx,) = pullback(torch.ones_like(out))
    return gx.abs().sum(-1)


def main():
    model = WearModel()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(3):
        x = torch.randn(3, 9, 4)
        loss = (model(x) - x.mean((1, 2))).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    # train() on purpose: the author believed that was enough for the transform
    model.train()
    sal = step_saliency(model, torch.randn(2, 9, 4))
    print("top steps:", sal.argmax(-1).tolist())


if __name__ == "__main__":
    main()
