# expect: crash
"""Signwriter brush-stroke recogniser learnt over three lettering styles in a row
(roman, gothic, script), with elastic weight consolidation between styles."""
import torch

from ewc import EWC
from model import StrokeGRU
from tasks import make_style_tasks, train_style, evaluate

torch.manual_seed(21)

SETTINGS = dict(n_in=3, hidden=10, n_letters=5, lam=50.0, epochs=2, lr=4e-3)


def main():
    tasks = make_style_tasks(["roman", "gothic", "script"], n=16, steps=8, n_letters=SETTINGS["n_letters"])
    model = StrokeGRU(SETTINGS["n_in"], SETTINGS["hidden"], SETTINGS["n_letters"])
    model.train()
    penalties = []
    for name, (train_set, test_set) in tasks.items():
        train_style(model, train_set, penalties, epochs=SETTINGS["epochs"], lr=SETTINGS["lr"])
        penalties.append(EWC(model, train_set, lam=SETTINGS["lam"]))
        accs = {seen: round(evaluate(model, tasks[seen][1]), 3) for seen in list(tasks)[: len(penalties)]}
        print(name, accs)


if __name__ == "__main__":
    main()
