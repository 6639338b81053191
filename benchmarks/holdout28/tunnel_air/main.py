# expect: clean
import torch

from modes import mode_controller
from steps import train_step, val_step
from net import AirQuality

model = AirQuality()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
ctl = mode_controller(model)
next(ctl)
x, y = torch.randn(4, 9, 5), torch.randn(4, 2)
for epoch in range(2):
    ctl.send("val")
    print("val", val_step(model, x, y))
    ctl.send("train")
    print("train", train_step(model, opt, x, y))
ctl.close()
