# expect: clean
"""Bobbin lace: predict thread tension along a pricking; validation is wrapped by a mode-restoring decorator."""
import torch

from lace.engine import BobbinTask


def main():
    torch.manual_seed(11)
    task = BobbinTask(hidden=8)
    train = [(torch.randn(4, 10, 3), torch.randn(4, 1)) for _ in range(2)]
    val = [(torch.randn(4, 10, 3), torch.randn(4, 1))]
    for epoch in range(2):
        tr = task.train_epoch(train)
        va = task.validate(val)
        print(f"epoch {epoch} train {tr:.4f} val {va:.4f} training={task.model.training}")


if __name__ == "__main__":
    main()
