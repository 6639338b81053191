# expect: clean
"""Reed-bed water depth: stage 1 keeps the best model, stage 2 fine-tunes it at a lower LR."""
import tempfile
import torch
from reedbed.net import WaterDepthNet
from reedbed.ckpt import BestKeeper
from reedbed.loops import train_steps, evaluate

torch.manual_seed(8)
train = [(torch.randn(4, 6, 3), torch.randn(4)) for _ in range(3)]
val = [(torch.randn(4, 6, 3), torch.randn(4)) for _ in range(2)]

with tempfile.TemporaryDirectory() as tmp:
    keeper = BestKeeper(tmp, WaterDepthNet)
    model = WaterDepthNet()
    for epoch in range(2):
        model.train()
        train_steps(model, train, lr=1e-2)
        keeper.update(model, evaluate(model, val))
    model = keeper.restore()
    print("stage 2 loss", train_steps(model, train, lr=1e-3))
