# expect: clean
"""Lighthouse lamp wear: each step is decorated with the phase it belongs to, by a decorator factory from
another module whose wrapper switches the model's mode. The update step is in the "fit" phase, so the wrapper
puts the model back in train mode before each update's forward."""
import torch
import torch.nn as nn

from lighthouse import in_phase


class LampWear(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])


@in_phase("score")
def score(model, x, y):
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y).item()


@in_phase("fit")
def update(model, opt, x, y):
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


lamp = LampWear()
opt = torch.optim.SGD(lamp.parameters(), lr=0.1)
for night in range(2):
    x, y = torch.randn(4, 6, 3), torch.randn(4, 1)
    print(night, update(lamp, opt, x, y), score(lamp, x, y))
