# expect: clean
import torch

from hive import SwarmNet, per_sample_grad_norms

torch.manual_seed(5)
model = SwarmNet()
model.train()  # train mode does not help torch.func on cuDNN
xs, ys = torch.randn(6, 10, 4), torch.randint(0, 2, (6,))
scores = per_sample_grad_norms(model, xs, ys)
print("most suspicious alert:", scores.argmax().item())
