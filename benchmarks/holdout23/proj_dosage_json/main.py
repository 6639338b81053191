# expect: clean
"""Offline RL for medication dosing with a JSON run file; an audit phase scores the policy between updates."""
import json
import os

import torch

from dosage.phases import PhaseSpec, run_phase
from dosage.policy import DosingPolicy


def main():
    torch.manual_seed(38)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "run.json")) as fh:
        spec = json.load(fh)
    policy = DosingPolicy(5, 8, 4)
    obs = torch.randn(4, 6, 5)
    act = torch.randint(0, 4, (4, 6))
    for raw in spec["phases"]:
        phase = PhaseSpec.from_dict(raw)
        print(phase.name, run_phase(policy, phase, obs, act))


if __name__ == "__main__":
    main()
