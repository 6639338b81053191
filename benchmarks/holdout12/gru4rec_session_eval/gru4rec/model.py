import torch
import torch.nn as nn


class GRU4Rec(nn.Module):
    def __init__(self, n_items, hidden=16, layers=1, dropout_p_hidden=0.0):
        super().__init__()
        self.n_items = n_items
        self.E = nn.Embedding(n_items, hidden)
        self.GRU = nn.GRU(hidden, hidden, layers, dropout=dropout_p_hidden)
        self.Wy = nn.Linear(hidden, n_items)

    def forward(self, X, H):
        out, H = self.GRU(self.E(X).unsqueeze(0), H)
        return self.Wy(out.squeeze(0)), H

    def _session_parallel(self, sessions, batch_size):
        for i in range(0, len(sessions), batch_size):
            chunk = sessions[i:i + batch_size]
            L = min(len(s) for s in chunk)
            yield torch.stack([s[:L] for s in chunk], 1)  # (L, B)

    def fit(self, sessions, n_epochs=1, batch_size=2, lr=0.05, on_epoch_end=None):
        opt = torch.optim.Adagrad(self.parameters(), lr=lr)
        self.train()
        for epoch in range(n_epochs):
            for seq in self._session_parallel(sessions, batch_size):
                H = torch.zeros(self.GRU.num_layers, seq.size(1), self.GRU.hidden_size)
                loss = 0.
                for t in range(seq.size(0) - 1):
                    logits, H = self(seq[t], H)
                    loss = loss + nn.functional.cross_entropy(logits, seq[t + 1])
                opt.zero_grad()
                loss.backward()
                opt.step()
            if on_epoch_end is not None:
                on_epoch_end(self, epoch)
