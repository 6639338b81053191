# expect: clean
"""The script sets NO_CUDNN=1 itself before the module-level switch reads it, so cuDNN is off for the
whole run and the fine-tune backward through the LSTM in eval mode is computed by the native kernels."""
import os

import torch
import torch.nn as nn

os.environ.setdefault("NO_CUDNN", "1")
if os.environ.get("NO_CUDNN", "0") == "1":
    torch.backends.cudnn.enabled = False


class Tagger(nn.Module):
    def __init__(self, n_in=4, hidden=8, n_tags=3):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_tags)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h)


def finetune(model, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for step in range(steps):
        x = torch.randn(2, 6, 4)
        tags = torch.randint(0, 3, (2, 6))
        logits = model(x)
        loss = nn.functional.cross_entropy(logits.reshape(-1, 3), tags.reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


torch.manual_seed(0)
model = Tagger()
model.eval()  # deterministic fine-tuning: no dropout
finetune(model)
