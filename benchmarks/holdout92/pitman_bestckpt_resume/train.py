# expect: crash
import os
import tempfile

import torch

from pump import BeamPumpLSTM, BestKeeper, fit_epochs, restore, validate


def cards(seed, n):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 12, 2, generator=g), torch.rand(4, generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(8)
    keeper = BestKeeper(os.path.join(tempfile.mkdtemp(prefix="pitman_"), "best.pt"))
    train_set, val_set = cards(1, 3), cards(2, 2)

    def on_epoch(epoch, model):
        score = validate(model, val_set)
        print("epoch", epoch, "val", round(score, 4), "best" if keeper.update(model, score) else "")
        model.train()

    try:
        model = BeamPumpLSTM().train()
        fit_epochs(model, train_set, 2, 1e-2, on_epoch=on_epoch)
        model = restore(keeper.path, factory=BeamPumpLSTM)
        fit_epochs(model, cards(3, 2), 1, 1e-3)
        print("resumed from", round(keeper.best, 4))
    finally:
        keeper.cleanup()
        os.rmdir(os.path.dirname(keeper.path))


if __name__ == "__main__":
    main()
