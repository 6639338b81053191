# expect: crash
"""Kettle-descaling scheduler for a travelling tinker: reloads the shared checkpoint helpers and
continues training on new boil logs."""
import torch

from kettle import *  # noqa: F401,F403


if __name__ == "__main__":
    torch.manual_seed(11)
    model = load_model(hidden=8)  # noqa: F405
    opt = torch.optim.SGD(model.parameters(), lr=1e-2, momentum=0.9)
    for step in range(3):
        logs, scale = boil_logs()  # noqa: F405
        print(step, train_step(model, opt, logs, scale))  # noqa: F405
