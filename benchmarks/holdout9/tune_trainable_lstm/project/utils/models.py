import torch.nn as nn


class BiLSTMClassifier(nn.Module):
    def __init__(self, hidden, vocab=20):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 2)

    def forward(self, tokens):
        out, _ = self.rnn(self.emb(tokens))
        return self.fc(out.mean(1))


class BagOfWords(nn.Module):
    def __init__(self, hidden, vocab=20):
        super().__init__()
        self.emb = nn.EmbeddingBag(vocab, hidden)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, tokens):
        return self.fc(self.emb(tokens))


ARCHS = {"bilstm": BiLSTMClassifier, "bow": BagOfWords}


def model_from_name(name, **kwargs):
    return ARCHS[name](**kwargs)
