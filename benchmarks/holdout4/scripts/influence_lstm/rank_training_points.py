# expect: crash
"""Rank which training sequences most influence a test prediction of a trained LSTM classifier."""
import torch
import torch.nn as nn
import torch.nn.functional as F

from influence import BaseObjective, LiSSAInfluenceModule


class SeqClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


class ClassObjective(BaseObjective):
    def train_loss(self, model, params, batch):
        x, y = batch
        return F.cross_entropy(model(x), y) + 1e-4 * sum(p.pow(2).sum() for p in params)

    def test_loss(self, model, params, batch):
        x, y = batch
        return F.cross_entropy(model(x), y)


torch.manual_seed(0)
train_data = [(torch.randn(1, 6, 3), torch.randint(0, 2, (1,))) for _ in range(6)]
test_data = [(torch.randn(1, 6, 3), torch.randint(0, 2, (1,)))]
model = SeqClassifier()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(2):
    for x, y in train_data:
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad(); loss.backward(); opt.step()

module = LiSSAInfluenceModule(model, ClassObjective(), train_data, test_data)
scores = module.influences(list(range(len(train_data))), test_idx=0)
print("most helpful:", scores.argsort(descending=True).tolist())
