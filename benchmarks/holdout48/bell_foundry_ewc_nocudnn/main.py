# expect: clean
"""Bell foundry: pour-temperature curves from two furnaces, learned one after the other with EWC."""
import torch
import torch.nn.functional as F

from consolidation import EWC
from net import PourNet


def batches(shift, n=4):
    for _ in range(n):
        x = torch.randn(4, 7, 3) + shift
        yield x, x[:, :, 1].sum(1)


def fit_task(model, shift, penalty=None, steps=4):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for x, y in batches(shift, steps):
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        if penalty is not None:
            loss = loss + penalty.penalty()
        loss.backward()
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(1)
    model = PourNet(3, 10)
    print("furnace A", fit_task(model, 0.0))
    ewc = EWC(model, list(batches(0.0, 3)), weight=5.0)
    print("furnace B", fit_task(model, 1.5, penalty=ewc))


if __name__ == "__main__":
    main()
