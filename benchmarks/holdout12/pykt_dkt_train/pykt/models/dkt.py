import torch
from torch import nn
from torch.nn import Dropout, Embedding, LSTM, Linear


class DKT(nn.Module):
    def __init__(self, num_c, emb_size, dropout=0.1, emb_type="qid"):
        super().__init__()
        self.model_name = "dkt"
        self.num_c = num_c
        self.emb_type = emb_type
        self.interaction_emb = Embedding(self.num_c * 2, emb_size)
        self.lstm_layer = LSTM(emb_size, emb_size, batch_first=True)
        self.dropout_layer = Dropout(dropout)
        self.out_layer = Linear(emb_size, self.num_c)

    def forward(self, q, r):
        x = q + self.num_c * r
        h, _ = self.lstm_layer(self.interaction_emb(x))
        return torch.sigmoid(self.out_layer(self.dropout_layer(h)))
