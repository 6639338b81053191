# expect: crash
"""Swan-upping census: fit a cygnet-weight model from the river-stretch logs.

The run plan is a JSON document (kept inline here; in the field it comes from
the Vintners' and Dyers' shared drive). Each stage names a step function from
the registry and, optionally, the mode the model should be in.
"""
import torch

from swanup import load_plan, run_plan, CygnetNet
from swanup.data import stretch_logs

PLAN = """
{
  "seed": 21,
  "lr": 0.01,
  "stages": [
    {"name": "warmup", "mode": "train", "step": "fit", "epochs": 1},
    {"name": "probe",  "mode": "eval",  "step": "score"},
    {"name": "upping", "step": "fit", "epochs": 2},
    {"name": "report", "mode": "eval",  "step": "score"}
  ]
}
"""


def main():
    plan = load_plan(PLAN)
    torch.manual_seed(plan["seed"])
    net = CygnetNet(n_obs=4, hidden=10)
    results = run_plan(net, plan, stretch_logs(3, seed=plan["seed"]))
    for name, value in results:
        print(f"{name:8s} {value:.4f}")


if __name__ == "__main__":
    main()
