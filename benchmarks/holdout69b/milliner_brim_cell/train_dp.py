# expect: clean
"""Milliner: private brim-width classifier trained with hand-rolled per-sample clipping."""
import torch

from milliner import BrimNet, clipped_step


def main():
    torch.manual_seed(7)
    model = BrimNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(12, 5, 4), torch.randint(0, 3, (12,))
    for step in range(3):
        sl = slice(step * 4, step * 4 + 4)
        print("step", step, "mean grad norm", round(clipped_step(model, opt, x[sl], y[sl]), 4))


if __name__ == "__main__":
    main()
