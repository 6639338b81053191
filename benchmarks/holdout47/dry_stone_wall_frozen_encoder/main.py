# expect: clean
"""Dry-stone walling: predict whether a wall section will bulge within a season from the
sequence of stone courses (size class, batter angle, through-stone flag).  A pretrained
course encoder is frozen and only the new bulge head is trained."""
import torch

from wallcraft import WallModel, freeze_prefix, fit_head

if __name__ == "__main__":
    torch.manual_seed(21)
    model = WallModel(n_stone_types=7, hidden=8)
    frozen = freeze_prefix(model, "encoder.")
    print("frozen modules:", frozen)
    courses = torch.randint(0, 7, (6, 8))
    batter = torch.rand(6, 8, 1)
    bulge = torch.randint(0, 2, (6,)).float()
    losses = fit_head(model, (courses, batter, bulge), steps=3)
    print("losses", [round(v, 4) for v in losses])
