import torch.nn as nn


class ChordTagger(nn.Module):
    def __init__(self, hidden=8, n_chords=5):
        super().__init__()
        self.gru = nn.GRU(12, hidden, bidirectional=True, batch_first=True)
        self.out = nn.Linear(2 * hidden, n_chords)

    def forward(self, chroma):
        return self.out(self.gru(chroma)[0])
