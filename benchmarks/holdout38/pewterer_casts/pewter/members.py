from torch import nn


class Member(nn.Module):
    def __init__(self, rnn):
        super().__init__()
        self.rnn = rnn
        self.head = nn.Linear(rnn.hidden_size, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1]).squeeze(-1)


def make_member(kind, hidden=6):
    rnn = {"lstm": nn.LSTM, "gru": nn.GRU}[kind](2, hidden, batch_first=True)
    return Member(rnn)
