# expect: clean
"""Resume from a checkpoint or start fresh: `model` names one of two objects, and train() at the top
of each batch puts whichever it is back in train mode before the forward."""
import os
import sys

import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


resume = sys.argv[1] if len(sys.argv) > 1 else ""
model = torch.load(resume, weights_only=False) if resume and os.path.exists(resume) else Classifier()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(6):
    model.train()
    x, y = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 2 == 1:
        model.eval()
        with torch.no_grad():
            print("val", model(torch.randn(4, 5, 3)).argmax(-1).tolist())
