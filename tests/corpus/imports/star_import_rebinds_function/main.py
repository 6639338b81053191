# expect: crash
"""The script defines its own `prepare()` (train mode), then `from recipes.plate import *` -- whose `__all__` lists a
`prepare` that puts the model in eval. The star import binds the name last, so `main()` calls recipes' `prepare` and
trains an eval-mode GRU."""
import torch

from recipes.net import DepthNet


def prepare(model):
    model.train()
    return model


from recipes.plate import *  # noqa: E402,F401,F403


def main():
    model = prepare(DepthNet())  # noqa: F405
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(2):
        loss = depth_loss(model(torch.randn(4, 6, 3)), torch.randn(4, 1))  # noqa: F405
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    main()
