import torch
import torch.nn as nn


class DKTPlus(nn.Module):
    """DKT+ : deep knowledge tracing with reconstruction and waviness regularisers."""

    def __init__(self, n_skills, hidden, cell="LSTM"):
        super().__init__()
        self.n_skills = n_skills
        self.emb = nn.Embedding(2 * n_skills, hidden)
        self.rnn = getattr(nn, cell)(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_skills)

    def forward(self, skills, correct):
        return torch.sigmoid(self.out(self.rnn(self.emb(skills + self.n_skills * correct))[0]))

    def losses(self, skills, correct, lambda_r=0.1, lambda_w=0.01):
        p = self(skills, correct)
        nxt = p[:, :-1].gather(-1, skills[:, 1:, None]).squeeze(-1)
        bce = nn.functional.binary_cross_entropy(nxt, correct[:, 1:].float())
        cur = p.gather(-1, skills[..., None]).squeeze(-1)
        rec = nn.functional.binary_cross_entropy(cur, correct.float())
        wav = (p[:, 1:] - p[:, :-1]).abs().mean()
        return bce + lambda_r * rec + lambda_w * wav, bce
