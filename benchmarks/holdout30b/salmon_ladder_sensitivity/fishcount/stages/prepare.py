import torch
import torch.nn as nn

from ..models import LadderModels, PassageLSTM


def prepare_stage(days=8, n=6):
    flow = torch.rand(n, days, 1) * 40
    temp = 8 + torch.rand(n, days, 1) * 6
    turb = torch.rand(n, days, 1)
    x = torch.cat([flow / 40, (temp - 8) / 6, turb], -1)
    y = (x[:, -3:, 1].mean(1) * 50 + torch.randn(n)).clamp_min(0)
    bundle = LadderModels(forecaster=PassageLSTM(), baseline=nn.Linear(3, 1))
    return bundle, (x, y)
