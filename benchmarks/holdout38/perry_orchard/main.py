# expect: crash
"""Perry-pear orchards: how sensitive is the predicted sugar content to each week's weather?

A GRU forecaster is trained briefly, then a Jacobian of the forecast with respect to the
weather sequence is taken with torch.func.jacrev for the season report.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch
from perry.models import SugarForecaster
from perry.sensitivity import weekly_sensitivity

CONFIG = {"hidden": 6, "weeks": 5, "features": 3, "steps": 4}


def main():
    torch.manual_seed(16)
    model = SugarForecaster(CONFIG["features"], CONFIG["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(CONFIG["steps"]):
        x = torch.randn(4, CONFIG["weeks"], CONFIG["features"])
        loss = (model(x) - x[:, :, 0].sum(1, keepdim=True)).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    season = torch.randn(CONFIG["weeks"], CONFIG["features"])
    report = weekly_sensitivity(model, season)
    print("sensitivity per week", report)


if __name__ == "__main__":
    main()
