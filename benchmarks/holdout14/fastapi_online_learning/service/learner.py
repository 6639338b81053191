import functools
import torch
import torch.nn as nn
import torch.nn.functional as F


class SessionGRU(nn.Module):
    def __init__(self, n_items=10, dim=8):
        super().__init__()
        self.item_emb = nn.Embedding(n_items, dim)
        self.gru = nn.GRU(dim, dim, batch_first=True)
        self.out = nn.Linear(dim, n_items)

    def forward(self, session):
        h, _ = self.gru(self.item_emb(session))
        return self.out(h[:, -1])


class OnlineLearner:
    def __init__(self):
        self.net = SessionGRU()
        self.net.train()
        self.opt = torch.optim.SGD(self.net.parameters(), lr=0.05)

    def predict(self, session, k=3):
        self.net.eval()
        with torch.no_grad():
            scores = self.net(torch.tensor([session]))
        return scores.topk(k).indices[0].tolist()

    def partial_fit(self, session, clicked):
        loss = F.cross_entropy(self.net(torch.tensor([session])), torch.tensor([clicked]))
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()


@functools.lru_cache(maxsize=None)
def get_learner():
    return OnlineLearner()
