# expect: crash
import torch
from torch import nn

from hurdle import EWC, WattleNet


def task(seed, n=2):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 5, 3, generator=g), torch.randint(0, 2, (4,), generator=g)) for _ in range(n)]


def train(model, batches, ewc=None):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for x, y in batches:
        loss = nn.functional.cross_entropy(model(x), y)
        if ewc is not None:
            loss = loss + ewc.penalty()
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    torch.manual_seed(0)
    model = WattleNet()
    train(model, task(1))
    ewc = EWC(model, task(1))
    train(model, task(2), ewc)
    print("done")
