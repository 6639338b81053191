# expect: crash
import torch

from ewc import EWC
from models import MarshLSTM


def task(seed, n=3):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 5, 4, generator=g), torch.randint(0, 2, (4,), generator=g)) for _ in range(n)]


def train(model, batches, opt, reg=None, lam=10.0):
    model.train()
    for x, y in batches:
        loss = torch.nn.functional.cross_entropy(model(x), y)
        if reg is not None:
            loss = loss + lam * reg.penalty()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    model = MarshLSTM()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    print("task A", train(model, task(0), opt))
    reg = EWC(model, task(1))
    print("task B", train(model, task(2), opt, reg))
