import torch.nn as nn


class ViscosityRNN(nn.Module):
    """Predict final slurry viscosity from a cooking temperature/time trace."""

    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])
