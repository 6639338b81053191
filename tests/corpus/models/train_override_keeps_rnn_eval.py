# expect: crash
"""The model overrides train() to keep its pretrained LSTM in eval mode ("frozen dropout"), but the LSTM's
weights still train: model.train() no longer puts the LSTM in training mode."""
import torch
import torch.nn as nn


class FineTuner(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, num_layers=2, dropout=0.2, batch_first=True)
        self.head = nn.Linear(8, 2)

    def train(self, mode=True):
        super().train(mode)
        self.lstm.eval()  # keep the pretrained encoder deterministic
        return self

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


torch.manual_seed(0)
model = FineTuner()
model.train()
opt = torch.optim.Adam(model.parameters(), lr=1e-4)
x, y = torch.randn(4, 6, 4), torch.randint(0, 2, (4,))
loss = nn.functional.cross_entropy(model(x), y)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print(loss.item())
