# expect: crash
"""Weir flow forecasting run as a plan of named steps. The steps register themselves with a decorator from the core
package, in a sibling package the top-level package imports. The plan checks the model (eval mode) and then refits
it; the refit step never calls train()."""
import torch

from weir import Runner

PLAN = [("fit", {"rounds": 2}), ("check", {}), ("refit", {})]

if __name__ == "__main__":
    torch.manual_seed(3)
    Runner().run(PLAN)
