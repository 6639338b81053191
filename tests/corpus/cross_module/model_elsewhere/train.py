# expect: crash
"""The model class comes from models.py; only jedi knows it holds an LSTM. Eval, then a training step."""
import torch
import torch.nn.functional as F

from models import Scorer

torch.manual_seed(0)
scorer = Scorer()
scorer.eval()
opt = torch.optim.Adam(scorer.parameters(), lr=1e-3)
x, y = torch.randn(5, 7, 4), torch.randn(5, 1)
loss = F.mse_loss(scorer(x), y)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print("loss", loss.item())
