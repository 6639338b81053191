# expect: crash
"""Bobsled racing line: supervised warm-up, a greedy evaluation rollout, then REINFORCE fine-tuning."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402

from bobsled import Agent, FineTuner, Track  # noqa: E402


def main():
    torch.manual_seed(9)
    track = Track(n_curves=6)
    agent = Agent(hidden=8)
    tuner = FineTuner(agent, track, lr=1e-2, episodes=3)
    for step in tuner:
        print(f"{step['phase']:>8s} {step['value']:.3f}")


if __name__ == "__main__":
    main()
