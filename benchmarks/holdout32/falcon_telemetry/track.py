# expect: crash
"""Falcon telemetry: classify stoop / soar / perch phases from GPS + IMU
windows sent by a backpack tag. The runner is an iterator that yields after
every optimisation step; a Fisher probe runs every few steps.
"""
import torch

from falconry import StepRunner, PhaseClassifier, FisherProbe


def main():
    torch.manual_seed(40)
    runner = StepRunner(PhaseClassifier(n_in=6, hidden=8, n_phases=3), batch=4, total_steps=6)
    probe = FisherProbe(every=3)
    for info in runner:
        probe.maybe_run(runner, info)
        if info["step"] % 2 == 0:
            print(f"step {info['step']} loss {info['loss']:.4f}")
    print("fisher trace history", [round(v, 5) for v in probe.history])


if __name__ == "__main__":
    main()
