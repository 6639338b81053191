"""The training loop only knows the `Stepper` interface, a typing.Protocol."""
from typing import Protocol


class Stepper(Protocol):
    def step(self, model, x, y) -> float:
        ...


def run(stepper: Stepper, model, batches):
    return [stepper.step(model, x, y) for x, y in batches]
