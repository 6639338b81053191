"""GRU4Rec-style session model with session-parallel mini-batches and recall@k evaluation."""
import torch
import torch.nn as nn


class GRU4Rec(nn.Module):
    def __init__(self, n_items, hidden=16, layers=1):
        super().__init__()
        self.item_emb = nn.Embedding(n_items, hidden)
        self.gru = nn.GRU(hidden, hidden, layers)
        self.out = nn.Linear(hidden, n_items)

    def forward(self, items, hidden):
        out, hidden = self.gru(self.item_emb(items).unsqueeze(0), hidden)
        return self.out(out.squeeze(0)), hidden


@torch.no_grad()
def recall_at_k(model, sessions, k=5):
    model.eval()
    hits = total = 0
    hidden = torch.zeros(1, sessions.size(1), model.gru.hidden_size)
    for t in range(sessions.size(0) - 1):
        logits, hidden = model(sessions[t], hidden)
        hits += (logits.topk(k).indices == sessions[t + 1].unsqueeze(1)).any(1).sum().item()
        total += sessions.size(1)
    return hits / total
