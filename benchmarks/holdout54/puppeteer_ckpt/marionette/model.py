import torch.nn as nn


class Marionette(nn.Module):
    def __init__(self, n_strings, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_strings, hidden, batch_first=True)
        self.tension = nn.Linear(hidden, n_strings)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.tension(out)
