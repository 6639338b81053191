# expect: crash
import torch

from haberdasher import *  # noqa: F403
from haberdasher.reporting import *  # noqa: F403


def main():
    torch.manual_seed(12)
    model = HatSizeLSTM()  # noqa: F405
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    sample = torch.randn(2, 5, 2)
    for epoch in range(2):
        print("sizes before epoch", epoch, report(model, sample))  # noqa: F405
        prepare(model)  # noqa: F405
        for _ in range(3):
            x, y = torch.randn(4, 5, 2), torch.randint(0, 7, (4,))
            step(model, opt, x, y)  # noqa: F405


if __name__ == "__main__":
    main()
