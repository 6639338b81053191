from torch import nn


class Walker(nn.Module):
    def __init__(self, n_turns, hidden):
        super().__init__()
        self.emb = nn.Embedding(n_turns + 1, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.policy = nn.Linear(hidden, n_turns)

    def forward(self, turns):
        h, _ = self.rnn(self.emb(turns))
        return self.policy(h[:, -1])
