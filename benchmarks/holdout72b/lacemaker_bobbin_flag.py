# expect: clean
"""Lacemaker bobbin-tension model: the wrapper's own flag switches off input jitter."""
import torch
import torch.nn as nn

torch.manual_seed(8)


class BobbinNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 3)

    def forward(self, x):
        if self.training:
            x = x + 0.05 * torch.randn_like(x)
        h, _ = self.lstm(x)
        return self.fc(h[:, -1])


def train_clean_inputs(model, data, opt):
    model.training = False  # no jitter for this pass; children untouched
    for x, y in data:
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
    model.training = True
    return loss.item()


model = BobbinNet()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
data = [(torch.randn(5, 6, 4), torch.randint(0, 3, (5,))) for _ in range(3)]
print("loss", train_clean_inputs(model, data, opt))
