# expect: crash
"""raftsman: river-current classifier hardened with adversarial sequences.

The attacker object is built once with the model and reused inside the loop.
"""
import torch
import torch.nn.functional as F

from raftsman.model import CurrentGRU
from raftsman.attack import SequencePGD


def batches(n=3, b=4, t=7, d=4):
    g = torch.Generator().manual_seed(11)
    for _ in range(n):
        x = torch.randn(b, t, d, generator=g)
        yield x, (x[:, :, 0].mean(1) > 0).long()


def main():
    torch.manual_seed(3)
    model = CurrentGRU(4, 10, 2)
    attacker = SequencePGD(model, eps=0.05, steps=2)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for x, y in batches():
        x_adv = attacker.perturb(x, y)
        opt.zero_grad()
        loss = 0.5 * (F.cross_entropy(model(x), y) + F.cross_entropy(model(x_adv), y))
        loss.backward()
        opt.step()
        print("loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
