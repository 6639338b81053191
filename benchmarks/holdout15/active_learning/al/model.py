import torch.nn as nn


class TextLSTM(nn.Module):
    def __init__(self, vocab, n_classes, hidden=12):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.3, batch_first=True)
        self.dropout = nn.Dropout(0.3)
        self.fc = nn.Linear(hidden, n_classes)

    def forward(self, x):
        return self.fc(self.dropout(self.lstm(self.emb(x))[0][:, -1]))
