import torch.nn as nn

AMINO = "ACDEFGHIKLMNPQRSTVWY"


class ProteinLM(nn.Module):
    """Bidirectional LSTM protein language model (UniRep/ESM-free toy) that also accepts soft one-hot input."""

    def __init__(self, hidden=8):
        super().__init__()
        self.inp = nn.Linear(len(AMINO), 8, bias=False)
        self.lstm = nn.LSTM(8, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, len(AMINO))

    def forward(self, onehot):
        return self.head(self.lstm(self.inp(onehot))[0])
