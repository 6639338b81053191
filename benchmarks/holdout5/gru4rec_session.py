# expect: clean
# category: script
"""GRU4Rec-style session recommender: session-parallel mini-batches, hidden state reset at session
boundaries, cross-entropy over items, recall@k evaluation."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)
N_ITEMS, HIDDEN, BATCH = 25, 12, 4


class GRU4Rec(nn.Module):
    def __init__(self, n_items, hidden, n_layers=1, dropout_hidden=0.1):
        super().__init__()
        self.look_up = nn.Embedding(n_items, hidden)
        self.gru = nn.GRU(hidden, hidden, n_layers, dropout=dropout_hidden if n_layers > 1 else 0.0)
        self.h2o = nn.Linear(hidden, n_items)
        self.n_layers, self.hidden = n_layers, hidden

    def forward(self, items, hidden):
        emb = self.look_up(items).unsqueeze(0)
        out, hidden = self.gru(emb, hidden)
        return self.h2o(out.squeeze(0)), hidden

    def init_hidden(self, bs):
        return torch.zeros(self.n_layers, bs, self.hidden)


def session_parallel(sessions, bs):
    """Yields (input items, target items, mask of sessions that just started)."""
    iters = [iter(zip(s[:-1], s[1:])) for s in sessions[:bs]]
    nxt = bs
    for _ in range(12):
        inp, tgt, reset = [], [], []
        for k in range(bs):
            pair = next(iters[k], None)
            started = False
            if pair is None:
                iters[k] = iter(zip(sessions[nxt % len(sessions)][:-1], sessions[nxt % len(sessions)][1:]))
                nxt += 1
                pair, started = next(iters[k]), True
            inp.append(pair[0]); tgt.append(pair[1]); reset.append(started)
        yield torch.tensor(inp), torch.tensor(tgt), torch.tensor(reset)


sessions = [torch.randint(0, N_ITEMS, (torch.randint(3, 7, ()).item(),)).tolist() for _ in range(20)]
model = GRU4Rec(N_ITEMS, HIDDEN)
opt = torch.optim.Adagrad(model.parameters(), lr=0.05)


def evaluate(k=5):
    model.eval()
    hits = total = 0
    hidden = model.init_hidden(BATCH)
    with torch.no_grad():
        for inp, tgt, reset in session_parallel(sessions[10:], BATCH):
            hidden[:, reset] = 0
            logits, hidden = model(inp, hidden)
            topk = logits.topk(k, dim=1).indices
            hits += (topk == tgt.unsqueeze(1)).any(1).sum().item()
            total += len(tgt)
    return hits / total


for epoch in range(2):
    model.train()
    hidden = model.init_hidden(BATCH)
    for inp, tgt, reset in session_parallel(sessions[:10], BATCH):
        hidden = hidden.detach()
        hidden[:, reset] = 0
        logits, hidden = model(inp, hidden)
        loss = F.cross_entropy(logits, tgt)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(f"epoch {epoch} loss {loss.item():.3f} recall@5 {evaluate():.3f}")
