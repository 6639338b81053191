from torch import nn


class BrimNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.drop(self.rnn(x)[0][:, -1]))

    @classmethod
    def from_pretrained(cls, state, **kwargs):
        model = cls(**kwargs)
        model.load_state_dict(state)
        return model.eval()
