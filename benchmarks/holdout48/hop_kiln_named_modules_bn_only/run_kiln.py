# expect: clean
"""Hop kiln drying curves: fine-tune with the input-normalisation statistics frozen."""
import torch
import torch.nn.functional as F

from kiln_model import KilnNet
from freezing import freeze_running_stats


def main():
    torch.manual_seed(13)
    model = KilnNet()
    model.train()
    frozen = freeze_running_stats(model, prefixes=("enc",))
    print("stats frozen in:", frozen)
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    for step in range(3):
        x = torch.randn(4, 8, 3)
        y = x[:, -1, 0]
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
