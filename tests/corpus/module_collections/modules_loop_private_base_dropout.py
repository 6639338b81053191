# expect: clean
"""Dropout is switched off by a modules() loop that tests torch's private base class; the LSTM keeps
training, so its backward runs in training mode."""
import torch
import torch.nn as nn

torch.manual_seed(51)


class ReviewScorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(50, 12)
        self.drop = nn.Dropout(0.3)
        self.lstm = nn.LSTM(12, 16, batch_first=True, dropout=0.0)
        self.score = nn.Sequential(nn.Dropout(0.2), nn.Linear(16, 1))

    def forward(self, ids):
        return self.score(self.lstm(self.drop(self.emb(ids)))[0][:, -1]).squeeze(-1)


def disable_dropout(model):
    for module in model.modules():
        if isinstance(module, nn.modules.dropout._DropoutNd):
            module.eval()


scorer = ReviewScorer()
scorer.train()
disable_dropout(scorer)
opt = torch.optim.SGD(scorer.parameters(), lr=0.05)
for step in range(3):
    ids, target = torch.randint(0, 50, (4, 9)), torch.rand(4)
    loss = nn.functional.mse_loss(scorer(ids), target)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("loss", loss.item())
