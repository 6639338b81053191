# expect: crash
"""Ray Tune-style class Trainable: setup() builds the model and sets train mode once; every step() trains one
epoch and reports a validation metric."""
import torch

from tune_lite import run, grid_search
from project.trainable import SentimentTrainable

if __name__ == "__main__":
    torch.manual_seed(0)
    analysis = run(SentimentTrainable,
                   config={"arch": "bilstm", "hidden": grid_search([4, 8]), "lr": 0.05},
                   stop={"training_iteration": 2})
    print(analysis)
