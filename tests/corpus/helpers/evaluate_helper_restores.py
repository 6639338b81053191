# expect: clean
"""The evaluation helper switches to eval() and back to train() before returning."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 16, batch_first=True)
        self.cls = nn.Linear(16, 2)

    def forward(self, x):
        return self.cls(self.lstm(x)[0][:, -1])


def evaluate(model, data):
    model.eval()
    with torch.no_grad():
        correct = sum((model(x).argmax(-1) == y).sum().item() for x, y in data)
    model.train()
    return correct


torch.manual_seed(0)
model = Encoder()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
val_data = [(torch.randn(4, 6, 4), torch.randint(0, 2, (4,)))]
for epoch in range(3):
    x, y = torch.randn(4, 6, 4), torch.randint(0, 2, (4,))
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print("val correct", evaluate(model, val_data))
