# expect: crash
"""A context manager class puts the model in eval mode in `__enter__` and back in training mode in `__exit__`,
but keeps gradients on: the consistency target computed inside it is part of the graph, so the backward runs
through the LSTM's eval-mode forward (the twin whose manager enters a `torch.no_grad()` by hand is clean)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Frozen:
    def __init__(self, module):
        self.module = module

    def __enter__(self):
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train()
        return False


def step(model, optimizer, x):
    with Frozen(model) as teacher:
        target, _ = teacher(x)
    states, _ = model(x + 0.1 * torch.randn_like(x))
    loss = F.mse_loss(states, target)
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()
    return loss.item()


def main():
    model = nn.LSTM(4, 6, batch_first=True)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(2):
        print(step(model, optimizer, torch.randn(3, 5, 4)))


if __name__ == "__main__":
    main()
