# expect: clean
"""Towpath mowing: predict grass regrowth (cm) along each canal towpath section over the
next fortnight from rainfall, sunshine hours and days since the last cut, so the mowing
rota can be planned.  Validation is wrapped by a decorator that handles the mode."""
import torch

from mowing.model import RegrowthNet
from mowing.loop import train_steps, validate
from mowing.data import sections

if __name__ == "__main__":
    torch.manual_seed(37)
    model = RegrowthNet(hidden=10)
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for rota_week in range(3):
        tr = train_steps(model, opt, sections(3, seed=rota_week))
        va = validate(model, sections(2, seed=77))
        print(f"week {rota_week}: train {tr:.3f} val {va:.3f} (training={model.training})")
