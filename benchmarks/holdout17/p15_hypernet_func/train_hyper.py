# expect: crash
"""A hypernetwork emits per-task input embeddings for a GRU; meta-gradients via a torch.func wrapper."""
import torch

from hyper.models import HyperNet, TaskGRU
from hyper.functional import task_gradients

torch.manual_seed(52)


def main():
    target, hyper = TaskGRU(), HyperNet(task_dim=3, out_dim=4)
    opt = torch.optim.Adam(hyper.parameters(), 1e-3)
    for it in range(2):
        task = torch.randn(3)
        x, y = torch.randn(4, 5, 2), torch.randn(4, 1)
        g = task_gradients(target, hyper(task), x, y)
        loss = sum(v.pow(2).sum() for v in g.values())
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(it, loss.item())
    print("done")


if __name__ == "__main__":
    main()
