# expect: clean
"""Ropewalk twist-tension model: a generator yields (phase, batch) and switches modes before each phase."""
import logging

import torch
from torch import nn

log = logging.getLogger("ropewalk")


class TwistNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(2, 6, batch_first=True, num_layers=2, dropout=0.1)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h).squeeze(-1)


def schedule(model, epochs, n_train, n_val):
    for epoch in range(epochs):
        for i in range(n_train):
            if i == 0:
                model.train()
            yield "train", (torch.randn(3, 5, 2), torch.randn(3, 5))
        model.eval()
        for _ in range(n_val):
            yield "val", (torch.randn(3, 5, 2), torch.randn(3, 5))


def main():
    torch.manual_seed(2)
    model = TwistNet()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    val_losses = []
    for phase, (x, y) in schedule(model, epochs=2, n_train=2, n_val=1):
        if phase == "train":
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        else:
            with torch.no_grad():
                val_losses.append(nn.functional.mse_loss(model(x), y).item())
    log.info("val %s", val_losses)
    print("done")


if __name__ == "__main__":
    main()
