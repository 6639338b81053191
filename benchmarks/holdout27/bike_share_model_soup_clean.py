# expect: clean
"""Bike-share rebalancing; model soup built into a fresh (train-mode) model before the last fine-tune."""
import copy
import torch
import torch.nn as nn

torch.manual_seed(6)


class DockDemand(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 10, batch_first=True)
        self.out = nn.Linear(10, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)


def city_batch(seed):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(5, 8, 3, generator=g), torch.rand(5, generator=g) * 10


def finetune(model, seed, steps=2, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(steps):
        x, y = city_batch(seed)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model


def held_out_mse(model):
    model.eval()
    with torch.no_grad():
        x, y = city_batch(99)
        return nn.functional.mse_loss(model(x), y).item()


base = DockDemand().train()
ingredients = []
for seed in (1, 2, 3):
    m = finetune(copy.deepcopy(base), seed)
    print("ingredient", seed, round(held_out_mse(m), 3))
    ingredients.append(m)

avg = {k: torch.stack([m.state_dict()[k].float() for m in ingredients]).mean(0) for k in base.state_dict()}
soup = DockDemand()
soup.load_state_dict(avg)
print("soup", round(held_out_mse(copy.deepcopy(soup)), 3))
finetune(soup, 42, steps=1, lr=1e-3)
