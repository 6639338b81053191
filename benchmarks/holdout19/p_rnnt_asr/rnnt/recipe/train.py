import torch

from .greedy import GreedyDecoder


def rnnt_loss(logp, labels):
    """Forward-variable RNN-T loss over the T x (U+1) lattice (small, written out)."""
    B, T, U1, _ = logp.shape
    losses = []
    for b in range(B):
        alpha = torch.zeros(T, U1)
        rows = []
        for t in range(T):
            row = []
            for u in range(U1):
                if t == 0 and u == 0:
                    row.append(torch.zeros(()))
                    continue
                cands = []
                if t > 0:
                    cands.append(rows[t - 1][u] + logp[b, t - 1, u, 0])
                if u > 0:
                    cands.append(row[u - 1] + logp[b, t, u - 1, labels[b, u - 1]])
                row.append(torch.logsumexp(torch.stack(cands), 0))
            rows.append(row)
        losses.append(-(rows[T - 1][U1 - 1] + logp[b, T - 1, U1 - 1, 0]))
    return torch.stack(losses).mean()


class Recipe:
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.decoder = GreedyDecoder(model)
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def train_step(self, feats, labels):
        self.model.encoder.train()
        self.model.joint.train()
        loss = rnnt_loss(self.model(feats, labels), labels)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def run(self, train_set, dev_feats, epochs=2):
        for epoch in range(epochs):
            for feats, labels in train_set:
                loss = self.train_step(feats, labels)
            print(f"epoch {epoch} loss {loss:.3f} dev hyp {self.decoder(dev_feats)}")
