# expect: crash
"""An explainer built around a trained model keeps it in eval mode (`self.model = model.eval()`) and keeps the
parameter it explains in a field (`self.probe = model.embed.weight`). `autograd.grad(score, [self.probe])` asks for the
input projection's weight, before the LSTM: the gradient flows back through the LSTM, whose forward ran in eval mode."""
import torch
from torch import nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Linear(3, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        out, _ = self.lstm(torch.relu(self.embed(x)))
        return self.head(out[:, -1]).squeeze(-1)


class WeightRelevance:
    def __init__(self, model):
        self.model = model.eval()
        self.probe = model.embed.weight

    def explain(self, x):
        score = self.model(x).sum()
        (grad,) = torch.autograd.grad(score, [self.probe])  # TM001-here
        return (grad * self.probe).abs()


model = Tagger()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(2):
    loss = model(torch.randn(4, 6, 3)).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
print(WeightRelevance(model).explain(torch.randn(2, 6, 3)).tolist())
