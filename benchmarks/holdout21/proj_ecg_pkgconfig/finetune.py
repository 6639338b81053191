# expect: clean
"""ECG rhythm classifier fine-tuned in eval mode (frozen dropout/BN statistics); settings from package data."""
import torch
import torch.nn.functional as F

from ecgapp import RhythmNet, load_settings

torch.manual_seed(27)
cfg = load_settings()
model = RhythmNet(cfg["leads"], cfg["hidden"], cfg["classes"])
model.eval()  # fine-tune with statistics frozen
opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
for step in range(cfg["steps"]):
    x = torch.randn(4, 20, cfg["leads"])
    y = torch.randint(0, cfg["classes"], (4,))
    loss = F.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
