# expect: crash
"""Limner pigment-fade forecasting: helpers come in by star imports from an ops package."""
import torch

from limner.model import FadeModel
from limner.ops.adapt import *  # noqa: F401,F403
from limner.ops.inference import *  # noqa: F401,F403


def main():
    torch.manual_seed(11)
    model = prepare(FadeModel())  # noqa: F405
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for step in range(3):
        x, y = torch.randn(4, 8, 3), torch.rand(4, 1)
        loss = adapt_step(model, opt, x, y)  # noqa: F405
    print("adapted", round(loss, 4), "pred", predict(model, x).shape)  # noqa: F405


if __name__ == "__main__":
    main()
