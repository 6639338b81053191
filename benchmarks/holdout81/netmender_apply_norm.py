# expect: clean
"""Net-mender tear detection: deterministic recurrence via model.apply, then fine-tuning."""
import argparse
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("netmender")


class TearDetector(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.norm = nn.LayerNorm(n_in)
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.lstm(self.norm(x))
        return self.cls(self.drop(h[:, -1]))


STOCHASTIC = (nn.Dropout, nn.LayerNorm)


def make_deterministic(module):
    if isinstance(module, STOCHASTIC):
        module.eval()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=3)
    args = ap.parse_args([])
    torch.manual_seed(3)
    model = TearDetector()
    model.apply(make_deterministic)
    log.info("training flags: %s", {n: m.training for n, m in model.named_children()})
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for step in range(args.steps):
        x, y = torch.randn(5, 9, 3), torch.randint(0, 2, (5,))
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        log.info("step %d loss %.4f", step, loss.item())


if __name__ == "__main__":
    main()
