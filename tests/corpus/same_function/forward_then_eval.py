# expect: clean
"""The forward runs in train mode; eval() only comes afterwards, before the backward. cuDNN is happy."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(8, 16, batch_first=True)
        self.out = nn.Linear(16, 4)

    def forward(self, x):
        return self.out(self.lstm(x)[0])


torch.manual_seed(0)
model = Tagger()
opt = torch.optim.Adam(model.parameters())
x = torch.randn(4, 5, 8)
tags = torch.randint(0, 4, (4, 5))
logits = model(x)
model.eval()  # switched for the validation below; the graph above was recorded in train mode
loss = nn.functional.cross_entropy(logits.reshape(-1, 4), tags.reshape(-1))
opt.zero_grad()
loss.backward()
opt.step()
with torch.no_grad():
    print("val logits", model(torch.randn(2, 5, 8)).shape)
