import torch.nn as nn


class ThreadTagger(nn.Module):
    def __init__(self, vocab, hidden, n_tags):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.drop = nn.Dropout(0.2)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.tag = nn.Linear(2 * hidden, n_tags)

    def forward(self, tokens):
        o, _ = self.lstm(self.drop(self.emb(tokens)))
        return self.tag(o)
