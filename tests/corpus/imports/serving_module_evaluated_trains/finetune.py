# expect: clean
"""Fine-tuning on user feedback reuses the service's model: `serving` put it in eval mode at import, and the
loop switches it back to train mode before the first forward."""
import torch
import torch.nn as nn

from serving import model, predict

x, y = torch.randn(4, 5, 6), torch.randint(0, 3, (4,))
print("before", predict(x).tolist())
opt = torch.optim.SGD(model.parameters(), lr=0.1)
model.train()
for step in range(2):
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("after", predict(x).tolist())
