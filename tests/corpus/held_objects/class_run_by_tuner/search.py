# expect: crash
# fix: cudnn
"""A Ray Tune-style search: the tuner gets the trainable class and builds the trials itself; each step
trains and then validates in eval mode, so the second step trains the GRU in eval."""
import torch

from trainables import GruTrainable
from tuner import run_trials

if __name__ == "__main__":
    torch.manual_seed(0)
    print(run_trials(GruTrainable, [{"hidden": 4, "lr": 0.1}, {"hidden": 6, "lr": 0.05}], iterations=2))  # TM001-here
