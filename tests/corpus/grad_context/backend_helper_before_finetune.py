# expect: clean
"""The same helper called before the eval-mode fine-tuning: cuDNN is off from then on, and the
native RNN backward runs in any mode."""
import torch
from torch import nn

torch.manual_seed(6)


def reproducible_backend():
    torch.backends.cudnn.enabled = False
    torch.backends.cudnn.deterministic = True


def finetune(model, steps=2):
    optim = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(steps):
        out, _ = model(torch.randn(2, 3, 4))
        optim.zero_grad()
        out.pow(2).mean().backward()
        optim.step()


model = nn.LSTM(4, 4, batch_first=True)
model.eval()  # keep dropout off while adapting
reproducible_backend()
finetune(model)
print(sum(p.numel() for p in model.parameters()))
