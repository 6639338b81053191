# expect: clean
"""After model.train(), a named_modules() loop puts the modules whose class name contains "Dropout" (and those
whose type name starts with "BatchNorm") in eval mode; neither test matches the LSTM, which stays in train mode."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        return self.fc(self.drop(self.lstm(x)[0]))


torch.manual_seed(0)
model = Tagger()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
model.train()
for name, m in model.named_modules():
    if "Dropout" in m.__class__.__name__:
        m.eval()
for name, m in model.named_modules():
    if type(m).__name__.startswith("BatchNorm"):
        m.eval()
x, y = torch.randn(2, 5, 3), torch.randint(0, 4, (2, 5))
loss = nn.functional.cross_entropy(model(x).flatten(0, 1), y.flatten())
optimizer.zero_grad()
loss.backward()
optimizer.step()
print(loss.item())
