import torch.nn as nn


class SeqClassifier(nn.Module):
    def __init__(self, cell, hidden, bidirectional):
        super().__init__()
        self.embed = nn.Embedding(50, 12)
        self.encoder = cell(12, hidden, batch_first=True, bidirectional=bidirectional)
        self.classifier = nn.Linear(hidden * (2 if bidirectional else 1), 2)

    def forward(self, tok):
        return self.classifier(self.encoder(self.embed(tok))[0].max(1).values)


_FACTORIES = {
    "teacher_gru": lambda: SeqClassifier(nn.GRU, 24, False),
    "student_bilstm": lambda: SeqClassifier(nn.LSTM, 8, True),
}


def build(name):
    return _FACTORIES[name]()
