# expect: crash
"""Turnspit roast-timing model hardened with FGSM examples from an attacker object."""
import torch
import torch.nn.functional as F

from turnspit.models import RoastTimer
from turnspit.attacks import FGSM


def main():
    torch.manual_seed(2)
    model = RoastTimer(3, 8)
    attacker = FGSM(model, eps=0.05)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x = torch.randn(6, 7, 3)
    y = torch.randn(6)
    for step in range(3):
        x_adv = attacker.perturb(x, y)
        model.train()
        opt.zero_grad()
        loss = F.mse_loss(model(x), y) + F.mse_loss(model(x_adv), y)
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
