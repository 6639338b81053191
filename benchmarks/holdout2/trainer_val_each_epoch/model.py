import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence


class SentimentLSTM(nn.Module):
    def __init__(self, vocab_size, emb_dim=12, hidden=16, num_classes=3):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, emb_dim, padding_idx=0)
        self.lstm = nn.LSTM(emb_dim, hidden, num_layers=2, batch_first=True, dropout=0.1, bidirectional=True)
        self.classifier = nn.Sequential(nn.Dropout(0.2), nn.Linear(2 * hidden, num_classes))

    def forward(self, tokens, lengths):
        packed = pack_padded_sequence(self.embedding(tokens), lengths, batch_first=True, enforce_sorted=False)
        _, (h_n, _) = self.lstm(packed)
        sentence = torch.cat([h_n[-2], h_n[-1]], dim=-1)
        return self.classifier(sentence)
