# expect: clean
import torch
import torch.nn.functional as F

from checkpoints import export_for_serving, restore
from models import StringBreakModel

torch.manual_seed(12)
data = [(torch.randn(4, 8, 3), torch.randint(0, 2, (4,)).float()) for _ in range(3)]

base = StringBreakModel()
path = export_for_serving(base)

# a new season of logs: continue training the served model
model = StringBreakModel()
model.load_state_dict(restore(path).state_dict())
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for x, y in data:
    loss = F.binary_cross_entropy_with_logits(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("season loss", loss.item())
