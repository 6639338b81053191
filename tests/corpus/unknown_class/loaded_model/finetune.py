# expect: crash
"""A whole pickled model comes back from torch.load (class unknown here), is scored in eval mode, then
fine-tuned without train(). Only the workspace's model module says it holds a recurrent layer."""
import torch
import torch.nn.functional as F

import charmodel  # noqa: F401  unpickling needs the class
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
    loss.backward()  # TM001-here
    opt.step()
