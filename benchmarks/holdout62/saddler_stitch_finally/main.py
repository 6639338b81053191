# expect: clean
import torch
from net import StitchNet
from loop import train

torch.manual_seed(0)
train_batches = [(torch.randn(4, 5, 3), torch.randn(4)) for _ in range(3)]
val_batches = [(torch.randn(2, 5, 3), torch.randn(2)), (torch.randn(0, 5, 3), torch.randn(0))]
print("final", train(StitchNet(), train_batches, val_batches))
