# expect: clean
"""Sea-kayak crossings: predict drift (metres off line) for a crossing from the
tidal-stream and wind forecast along the route.

Closures returned by factories do the training and the validation; the
validation closure scores an eval-mode snapshot so the model being trained
never leaves train mode.
"""
import torch

from kayak import DriftModel, crossings, make_step, make_validator


def main():
    torch.manual_seed(28)
    model = DriftModel(hidden=10)
    step = make_step(model, lr=4e-3)
    validate = make_validator(crossings(8))
    for epoch in range(3):
        for x, y in crossings(16):
            loss = step(x, y)
        snapshot, mae = validate(model)
        print(f"epoch {epoch} train {loss:.3f} val MAE {mae:.3f} snapshot eval={not snapshot.training}")


if __name__ == "__main__":
    main()
