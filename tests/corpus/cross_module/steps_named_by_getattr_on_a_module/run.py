# expect: crash
"""A tannery soak-time model run step by step: the runner looks each step up by name on its steps module
(`getattr(steps, name)`), in the order the plan lists them. Here `score` comes right before `tune`: score
leaves the GRU in eval mode and tune's backward runs through it."""
import torch

from tannery import Runner, SoakGRU

PLAN = {"steps": ["soak", "score", "tune"], "lr": 0.01}

if __name__ == "__main__":
    torch.manual_seed(6)
    Runner(SoakGRU(), PLAN).run()
