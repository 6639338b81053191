# expect: clean
"""Tattoo ink fading: weekly colour readings of a healed tattoo -> touch-up needed in 6 months?"""
import torch

from inkfade.data import make_readings, training_stream
from inkfade.loop import Hooks, make_train_step
from inkfade.model import FadeModel

SETTINGS = {"hidden": 6, "lr": 0.01, "val_every": 2, "hooks": ["on_batch_end"]}


def main():
    torch.manual_seed(7)
    model = FadeModel(SETTINGS["hidden"])
    opt = torch.optim.RMSprop(model.parameters(), lr=SETTINGS["lr"])
    step = make_train_step(model, opt)
    hooks = Hooks()
    train, val = make_readings(6, 0), make_readings(2, 1)
    for i, batch in enumerate(training_stream(model, train, val, SETTINGS["val_every"])):
        loss = step(batch)
        for name in SETTINGS["hooks"]:
            getattr(hooks, name)(i, loss)
    print("losses", hooks.seen)


if __name__ == "__main__":
    main()
