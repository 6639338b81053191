# expect: clean
"""Hostler's stable: horse gait classification, task A (paddock) then task B (road) with EWC."""
import torch

from stable.model import GaitNet
from stable.ewc import EWC
from stable.data import task_batches


def train_task(model, batches, opt, penalty=None, lam=5.0):
    model.train()
    for x, y in batches:
        loss = torch.nn.functional.cross_entropy(model(x), y)
        if penalty is not None:
            loss = loss + lam * penalty.penalty(model)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(3)
    model = GaitNet(n_feat=4, hidden=10, n_gaits=3)
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    a = task_batches(seed=0)
    b = task_batches(seed=1)
    print("task A", train_task(model, a, opt))
    ewc = EWC(model, a)
    print("task B", train_task(model, b, opt, penalty=ewc))


if __name__ == "__main__":
    main()
