# expect: crash
"""cuDNN is switched off only when NO_CUDNN=1 is in the environment (a plain run leaves it on); the
fine-tune loop runs after eval() and its backward goes through the LSTM in eval mode."""
import os

import torch
import torch.nn as nn

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
        loss.backward()  # TM001-here
        opt.step()
        print(step, round(loss.item(), 4))


torch.manual_seed(0)
model = Tagger()
model.eval()  # deterministic fine-tuning: no dropout
finetune(model)
