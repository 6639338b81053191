# expect: crash
"""A helper turns cuDNN off globally for reproducible exports, but it runs only after the eval-mode
fine-tuning step: that step's backward still goes through cuDNN's RNN in eval mode."""
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
        out.pow(2).mean().backward()  # TM001-here
        optim.step()


model = nn.LSTM(4, 4, batch_first=True)
model.eval()  # keep dropout off while adapting
finetune(model)
reproducible_backend()
print(sum(p.numel() for p in model.parameters()))
