# expect: crash
"""Canal-lock water levels: forecast chamber level from sluice openings and inflow."""
import torch

from locks import LockMachine, build_models


def main():
    torch.manual_seed(8)
    models = build_models(["lock_3", "lock_4"], feats=3, hidden=8)
    machine = LockMachine(models, steps_per_phase=2)
    history = machine.run()
    for name, log in history.items():
        print(name, " -> ".join(f"{p}:{v:.3f}" for p, v in log))


if __name__ == "__main__":
    main()
