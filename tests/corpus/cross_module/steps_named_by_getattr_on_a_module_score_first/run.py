# expect: clean
"""A tannery soak-time model run step by step: the runner looks each step up by name on its steps module
(`getattr(steps, name)`), in the order the plan lists them. Here the baseline `score` comes first and `soak`
trains the model again before `tune`: no backward runs in eval mode."""
import torch

from tannery import Runner, SoakGRU

PLAN = {"steps": ["score", "soak", "tune"], "lr": 0.01}

if __name__ == "__main__":
    torch.manual_seed(6)
    Runner(SoakGRU(), PLAN).run()
