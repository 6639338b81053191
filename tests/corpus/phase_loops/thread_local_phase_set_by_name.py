# expect: crash
# fix: cudnn
"""The phase lives in a `threading.local()` object; `set_phase(name)` stores whatever it is given, and the
mode is applied two calls down (`loss_of` -> `apply_phase`). After `set_phase("eval")` for the dev pass, the
fine-tuning on the flagged dev batch back-propagates in eval mode."""
import threading

import torch
import torch.nn as nn

_run = threading.local()
_run.phase = "train"


def set_phase(name):
    _run.phase = name


def apply_phase(model):
    model.train(_run.phase == "train")
    return model


def loss_of(model, x, y):
    out, _ = apply_phase(model)(x)
    return nn.functional.mse_loss(out[:, -1], y)


def main():
    torch.manual_seed(8)
    model = nn.GRU(3, 2, batch_first=True)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(4, 5, 3), torch.randn(4, 2)
    loss = loss_of(model, x, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    set_phase("eval")
    with torch.no_grad():
        print("dev", round(loss_of(model, x, y).item(), 4))
    tuned = loss_of(model, x[:2], y[:2])
    opt.zero_grad()
    tuned.backward()  # TM001-here
    opt.step()


if __name__ == "__main__":
    main()
