# expect: clean
"""Turf cutters' peat-moisture drying curves, trained with a phase generator that
evaluates between epochs and hands the model back in its earlier mode."""
import torch

from turf import DryingGRU, phases, fit_batch


def main():
    torch.manual_seed(15)
    model = DryingGRU()
    opt = torch.optim.SGD(model.parameters(), lr=5e-3)
    for name, payload in phases(model, epochs=2, per_epoch=3):
        if name == "train":
            fit_batch(model, opt, payload)
        else:
            print(name, round(payload, 4))


if __name__ == "__main__":
    main()
