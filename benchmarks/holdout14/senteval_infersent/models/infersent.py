import torch
import torch.nn as nn


class InferSent(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.word_emb_dim = config["word_emb_dim"]
        self.enc_lstm_dim = config["enc_lstm_dim"]
        self.enc_lstm = nn.LSTM(self.word_emb_dim, self.enc_lstm_dim, 1, bidirectional=True)
        self.word_emb = None

    def build_vocab(self, n):
        self.word_emb = nn.Embedding(n, self.word_emb_dim, padding_idx=0)

    def encode_words(self, batch, word2id):
        L = max(len(s) for s in batch)
        ids = torch.zeros(L, len(batch), dtype=torch.long)
        for j, s in enumerate(batch):
            ids[: len(s), j] = torch.tensor([word2id.get(w, 0) for w in s])
        return ids

    def forward(self, ids):
        sent_output = self.enc_lstm(self.word_emb(ids))[0]
        emb = torch.max(sent_output, 0)[0]
        return emb
