# expect: clean
"""Stock-volatility forecasting (GARCH-like targets) with a GRU; validation runs on a deep copy in eval mode."""
import torch

from vol.model import VolGRU
from vol.train import train_loop


def main():
    torch.manual_seed(43)
    model = VolGRU()
    r = 0.01 * torch.randn(10, 12, 1)
    rv = r.pow(2).sum(1)
    train_loop(model, (r[:7], rv[:7]), (r[7:], rv[7:]), epochs=3)


if __name__ == "__main__":
    main()
