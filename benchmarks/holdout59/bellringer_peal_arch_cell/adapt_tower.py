# expect: clean
"""Bellringer: score change-ringing peals for striking faults, then adapt to a new tower.

A baseline score is taken on the new tower before adaptation; the architecture comes from the
config so that the same script serves every tower's model.
"""
import torch

from belfry import adapt, baseline_score, build_striker, tower_rounds

TOWER = {"name": "st_mary", "arch": "gru_cell", "bells": 6, "hidden": 8, "steps": 3}


def main():
    torch.manual_seed(17)
    rounds = tower_rounds(10, TOWER["bells"])
    model = build_striker(TOWER["arch"], TOWER["bells"], TOWER["hidden"])
    print(f"{TOWER['name']}: baseline fault rate {baseline_score(model, rounds):.3f}")
    losses = adapt(model, rounds, steps=TOWER["steps"])
    print("adaptation losses", [round(l, 4) for l in losses])


if __name__ == "__main__":
    main()
