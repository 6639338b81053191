# expect: clean
"""The same fine-tuning of a model from torch.load, but the workspace holds only a convolutional model:
no recurrent layer anywhere, nothing for cuDNN to refuse."""
import torch
import torch.nn.functional as F

import convmodel  # noqa: F401  unpickling needs the class
from checkpoints import pretrained_path

torch.manual_seed(0)
model = torch.load(pretrained_path(), weights_only=False)
model.eval()
with torch.no_grad():
    x = torch.randint(0, 40, (2, 8))
    print("before", F.cross_entropy(model(x).reshape(-1, 40), x.reshape(-1)).item())
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(3):
    x = torch.randint(0, 40, (4, 8))
    loss = F.cross_entropy(model(x).reshape(-1, 40), x.reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
