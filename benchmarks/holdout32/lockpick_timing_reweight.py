# expect: clean
"""Lock-picking timings: predict seconds-to-open from the pin-by-pin feedback
trace of a practice lock. Hard examples (large input-gradient norm) are
up-weighted; the weight is treated as a constant, so the update stays
first-order even though the gradient is built with create_graph=True.
"""
import logging
import statistics

import torch
import torch.nn as nn

log = logging.getLogger("lockpick")
PINS, FEAT, HIDDEN = 6, 3, 8


class PickTimer(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(FEAT, HIDDEN, batch_first=True)
        self.head = nn.Linear(HIDDEN, 1)

    def forward(self, trace):
        h, _ = self.lstm(trace)
        return self.head(h[:, -1]).squeeze(-1)


def traces(n):
    t = torch.randn(n, PINS, FEAT)
    secs = 3 + t[:, :, 0].abs().sum(1) + 0.5 * (t[:, :, 1] > 1).float().sum(1)
    return t, secs


def hardness(model, x, y):
    x = x.clone().requires_grad_(True)
    per_example = (model(x) - y) ** 2
    (gx,) = torch.autograd.grad(per_example.sum(), x, create_graph=True)
    return per_example, gx.flatten(1).norm(dim=1)


def train(model, steps=10):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    norms = []
    for step in range(steps):
        model.train()
        x, y = traces(6)
        per_example, gnorm = hardness(model, x, y)
        weights = torch.softmax(gnorm.detach(), 0) * len(y)
        loss = (weights * per_example).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        norms.append(gnorm.mean().item())
        log.debug("step %d loss %.3f", step, loss.item())
    return norms


def main():
    logging.basicConfig(level=logging.INFO)
    torch.manual_seed(9)
    model = PickTimer()
    norms = train(model)
    print("median input-grad norm", round(statistics.median(norms), 4))
    model.eval()
    with torch.inference_mode():
        x, y = traces(4)
        print("eval MAE", (model(x) - y).abs().mean().item())


if __name__ == "__main__":
    main()
