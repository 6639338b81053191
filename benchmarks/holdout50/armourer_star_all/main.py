# expect: clean
"""Armourer's plate-hardness model: the ring of a plate struck along its length
(acoustic envelope per strike) -> Vickers hardness.  Helpers come from the
armoury package by star imports."""
import torch

from armoury.training import *  # noqa: F401,F403
from armoury.inference import *  # noqa: F401,F403


def main():
    torch.manual_seed(17)
    data = strike_data(20, steps=6)  # noqa: F405
    model = HardnessGRU(n_in=4, hidden=8)  # noqa: F405
    model = prepare(model)  # noqa: F405
    history = train(model, data, epochs=2, lr=4e-3)  # noqa: F405
    print("loss", [round(h, 4) for h in history])
    print(summarise(predict(model, data[0][:4])))  # noqa: F405


if __name__ == "__main__":
    main()
