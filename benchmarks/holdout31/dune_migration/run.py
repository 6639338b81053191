# expect: crash
"""Dune migration: forecast crest displacement from wind-rose sequences, then
report how displacement responds to a wind perturbation (vector-Jacobian
product through the trained model)."""
import torch

from dunekit import CrestModel, Trainer, WindSensitivity


def main():
    torch.manual_seed(23)
    model = CrestModel(n_dirs=8, hidden=8)
    Trainer(model, epochs=2).run()
    report = WindSensitivity(model).run(n=3)
    print(report)


if __name__ == "__main__":
    main()
