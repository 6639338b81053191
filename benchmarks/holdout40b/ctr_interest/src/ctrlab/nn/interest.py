import torch
import torch.nn as nn


class InterestNet(nn.Module):
    def __init__(self, n_items, n_cates, hidden=8):
        super().__init__()
        self.item = nn.Embedding(n_items, 6)
        self.cate = nn.Embedding(n_cates, 2)
        self.extractor = nn.GRU(8, hidden, batch_first=True)
        self.query = nn.Linear(8, hidden)
        self.mlp = nn.Sequential(nn.Linear(hidden + 8, 16), nn.PReLU(), nn.Dropout(0.2), nn.Linear(16, 1))

    def embed(self, items, cates):
        return torch.cat([self.item(items), self.cate(cates)], dim=-1)

    def forward(self, b):
        interests, _ = self.extractor(self.embed(b.hist_items, b.hist_cates))
        target = self.embed(b.target_item, b.target_cate)
        scores = torch.einsum("bth,bh->bt", interests, self.query(target)).softmax(-1)
        pooled = (scores.unsqueeze(-1) * interests).sum(1)
        return self.mlp(torch.cat([pooled, target], dim=-1)).squeeze(-1)
