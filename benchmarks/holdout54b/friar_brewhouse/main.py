# expect: crash
"""Friary brewhouse: forecast the final gravity of a batch of ale from the
first days of fermentation readings.  The run plan is a YAML-like block in
friary/config.py; each phase name is looked up in a registry."""
import torch

from friary import BrewModel, load_plan, run_plan


def main():
    torch.manual_seed(5)
    plan = load_plan()
    model = BrewModel(hidden=plan["model"]["hidden"])
    state = run_plan(plan, model)
    print("done", {k: round(v, 4) for k, v in state["metrics"].items()})


if __name__ == "__main__":
    main()
