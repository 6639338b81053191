# expect: crash
"""Code with non-ASCII text (用于测试 🙂) on the lines around the fix: columns are code points."""
import torch
import torch.nn as nn

torch.manual_seed(0)
模型 = nn.GRU(3, 4, batch_first=True)  # 模型 = "model"
opt = torch.optim.Adam(模型.parameters())
模型.eval()
for épisode in range(2):
    x = torch.randn(2, 5, 3)  # données 🙂
    perte = 模型(x)[0].pow(2).mean()
    opt.zero_grad()
    perte.backward()  # TM001-here
    opt.step()
print("fin", perte.item())
