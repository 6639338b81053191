# expect: clean
"""Hop-kiln drying: predict the cone moisture at the end of a kiln run from
the burner and airflow log. The entry script builds the trainer from a small
settings dict and calls fit()."""
import torch

from kiln import KilnNet, KilnTrainer

SETTINGS = {
    "hidden": 8,
    "lr": 4e-3,
    "epochs": 3,
    "grad_penalty": 0.0,   # the penalty is off for this hop variety
    "log_grad_norm": True,
}


def main():
    torch.manual_seed(29)
    model = KilnNet(hidden=SETTINGS["hidden"])
    trainer = KilnTrainer(model, **{k: v for k, v in SETTINGS.items() if k != "hidden"})
    for row in trainer.fit():
        print(row)


if __name__ == "__main__":
    main()
