# expect: crash
import torch

from potter.ewc import EWC
from potter.net import WheelSpeedNet
from potter.tasks import clay_batches, train_task

torch.manual_seed(12)
net = WheelSpeedNet()
stoneware, porcelain = clay_batches(0), clay_batches(1)
print("stoneware", round(train_task(net, stoneware), 3))
ewc = EWC(net, stoneware)
print("porcelain", round(train_task(net, porcelain, ewc=ewc), 3))
