# expect: clean
"""Only the Dropout layers are put in eval mode (deterministic fine-tuning); the LSTM keeps training."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 10, batch_first=True)
        self.drop = nn.Dropout(0.5)
        self.out = nn.Linear(10, 2)

    def forward(self, x):
        return self.out(self.drop(self.lstm(x)[0][:, -1]))


torch.manual_seed(0)
model = Model()
model.train()
for module in model.modules():
    if isinstance(module, nn.Dropout):
        module.eval()
opt = torch.optim.Adam(model.parameters())
x, y = torch.randn(4, 6, 5), torch.randint(0, 2, (4,))
loss = nn.functional.cross_entropy(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
print(loss.item())
