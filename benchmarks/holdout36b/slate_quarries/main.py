# expect: clean
"""Slate-quarry split prediction: will a block cleave cleanly, from drill-core acoustic traces."""
import torch

from quarry.data import synthetic_cores
from quarry.task import CleaveTask


def main():
    torch.manual_seed(5)
    task = CleaveTask(n_feats=4, hidden=10)
    opt = torch.optim.Adam(task.model.parameters(), lr=3e-3)
    train, valid = synthetic_cores(6), synthetic_cores(2)
    for epoch in range(3):
        for i, batch in enumerate(train):
            stats = task.train_step(batch, opt)
            if i % 3 == 2:
                vstats = task.valid_step(valid)
                print(f"epoch {epoch} step {i} loss {stats['loss']:.3f} val_acc {vstats['acc']:.2f}")


if __name__ == "__main__":
    main()
