# expect: clean
"""Bell-ringer's striking coach: score how evenly each ringer strikes, trained on handstroke/backstroke gaps."""
import torch

from peals import *  # noqa: F401,F403

if __name__ == "__main__":
    torch.manual_seed(12)
    model = build_coach(bells=8, hidden=12)
    gaps = torch.randn(6, 10, 8)
    evenness = gaps.std(1).mean(1, keepdim=True)
    print("loss", round(coach_steps(model, gaps, evenness, steps=3), 4))
