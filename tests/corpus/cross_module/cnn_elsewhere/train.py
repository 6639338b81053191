# expect: clean
"""Fine-tuning a CNN from models.py in eval mode (frozen batch-norm statistics): fine, no RNN involved."""
import torch
import torch.nn.functional as F

from models import ConvTagger

torch.manual_seed(0)
model = ConvTagger()
model.eval()  # keep batch-norm running statistics fixed while fine-tuning
opt = torch.optim.SGD(model.parameters(), lr=0.01)
for _ in range(3):
    x, y = torch.randn(6, 4, 20), torch.randint(0, 3, (6,))
    loss = F.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("loss", loss.item())
