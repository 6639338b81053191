# expect: clean
"""Costermonger's barrow: forecast tomorrow's fruit sales and the price elasticity of each day's takings."""
from barrow.engine import run

CONFIG = {
    "seed": 2,
    "model": {"kind": "cell", "hidden": 8},
    "data": {"days": 7, "items": 3, "batch": 4, "n_batches": 3},
    "train": {"epochs": 2, "lr": 1e-2},
    "analysis": ["elasticity"],
}

if __name__ == "__main__":
    report = run(CONFIG)
    print(report)
