import torch.nn as nn


class RhymeLM(nn.Module):
    def __init__(self, vocab=40, hidden=12):
        super().__init__()
        self.emb = nn.Embedding(vocab, 8)
        self.rnn = nn.LSTM(8, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, ids):
        return self.out(self.rnn(self.emb(ids))[0])


def apply_phase(model, cfg):
    model.train(cfg.phase == "train")
    return model
