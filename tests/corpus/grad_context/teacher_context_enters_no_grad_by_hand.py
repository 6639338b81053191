# expect: clean
"""A context manager class puts the model in eval mode and turns gradients off in `__enter__` by entering a
`torch.no_grad()` it keeps in a field (`self._no_grad.__enter__()`), and undoes both in `__exit__`. The
consistency target computed inside it builds no graph, so the eval-mode forward never meets a backward (the near
miss of a manager that forgets the no_grad)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Frozen:
    def __init__(self, module):
        self.module = module
        self._no_grad = torch.no_grad()

    def __enter__(self):
        self.module.eval()
        self._no_grad.__enter__()
        return self.module

    def __exit__(self, *exc):
        self._no_grad.__exit__(*exc)
        self.module.train()
        return False


def step(model, optimizer, x):
    with Frozen(model) as teacher:
        target, _ = teacher(x)
    states, _ = model(x + 0.1 * torch.randn_like(x))
    loss = F.mse_loss(states, target)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return loss.item()


def main():
    model = nn.LSTM(4, 6, batch_first=True)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(2):
        print(step(model, optimizer, torch.randn(3, 5, 4)))


if __name__ == "__main__":
    main()
