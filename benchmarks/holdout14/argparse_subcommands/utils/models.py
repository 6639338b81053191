import torch.nn as nn


class DKT(nn.Module):
    """deep knowledge tracing: (skill, correct) interactions -> next-skill correctness"""

    def __init__(self, n_skills=6, hid=8, cell="lstm"):
        super().__init__()
        self.inter_emb = nn.Embedding(2 * n_skills, hid)
        self.rnn = {"lstm": nn.LSTM, "gru": nn.GRU}[cell](hid, hid, batch_first=True)
        self.out = nn.Linear(hid, n_skills)

    def forward(self, interactions):
        h, _ = self.rnn(self.inter_emb(interactions))
        return self.out(h)


def build_model(arch):
    return DKT(cell=arch)
