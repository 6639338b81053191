# expect: crash
"""Churn survival model (discrete-time hazard GRU over monthly activity); steps registered as functools.partial."""
import functools

import torch
import torch.nn as nn


class Hazard(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.h = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.gru(x)
        return torch.sigmoid(self.h(o)).squeeze(-1)


def nll(hazard, event_t, observed):
    T = hazard.shape[1]
    t = torch.arange(T)[None]
    surv = torch.log1p(-hazard + 1e-6) * (t < event_t[:, None])
    ev = torch.log(hazard + 1e-6) * ((t == event_t[:, None]) & observed[:, None])
    return -(surv + ev).sum(1).mean()


def step(model, opt, batch, *, train_mode, backprop):
    model.train(train_mode)
    x, t, o = batch
    loss = nll(model(x), t, o)
    if backprop:
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


STEPS = {
    "fit": functools.partial(step, train_mode=True, backprop=True),
    "score": functools.partial(step, train_mode=False, backprop=False),
    "recalibrate": functools.partial(step, train_mode=False, backprop=True),
}


def main():
    torch.manual_seed(13)
    model = Hazard()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    batch = (torch.randn(5, 6, 3), torch.randint(0, 6, (5,)), torch.rand(5) > 0.3)
    for name in ["fit", "fit", "score", "recalibrate"]:
        print(name, STEPS[name](model, opt, batch))


if __name__ == "__main__":
    main()
