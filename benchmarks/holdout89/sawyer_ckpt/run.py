# expect: crash
import torch

from cadence import CadenceRNN, evaluate, train_steps
from checkpoint import BestKeeper

torch.manual_seed(4)
x, y = torch.randn(6, 12, 3), torch.randn(6)
vx, vy = torch.randn(4, 12, 3), torch.randn(4)

model = CadenceRNN()
keeper = BestKeeper()
try:
    for epoch in range(3):
        model.train()
        train_steps(model, x, y, steps=2)
        keeper.offer(model, evaluate(model, vx, vy))
    best = keeper.restore()
    # a few extra low-LR steps on the best checkpoint
    print("polish", round(train_steps(best, x, y, steps=2, lr=0.005), 4))
finally:
    keeper.cleanup()
