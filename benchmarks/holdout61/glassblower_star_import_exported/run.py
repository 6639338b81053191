# expect: clean
import torch

from glassworks.train import run

torch.manual_seed(9)
print("final loss", round(run(), 4))
