# expect: clean
"""Swill baskets: oak-lath weave strength; a batch generator owns the mode and switches it between yields."""
import torch

from swill.data import phase_stream
from swill.train import WeaveModel, consume


def main():
    torch.manual_seed(16)
    model = WeaveModel(n_in=2, hidden=6)
    opt = torch.optim.SGD(model.parameters(), lr=0.02)
    stats = consume(model, opt, phase_stream(model, epochs=2, train_steps=2, val_steps=1))
    print(stats)


if __name__ == "__main__":
    main()
