import asyncio

import torch
import torch.nn as nn
import torch.nn.functional as F


class YieldGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(24, 6)
        self.gru = nn.GRU(6, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, tok):
        return torch.sigmoid(self.fc(self.gru(self.emb(tok))[1][-1])).squeeze(-1)


async def score(model, tokens):
    await asyncio.sleep(0)
    with torch.no_grad():
        return model(tokens)


async def refit(model, tokens, yields, steps=2):
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    for _ in range(steps):
        await asyncio.sleep(0)
        loss = F.mse_loss(model(tokens), yields)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()
